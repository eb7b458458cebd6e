package io.jenkins.plugins.packer.engine.hcl.function.lib;

import io.jenkins.plugins.packer.engine.hcl.value.Quote;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;

/**
 * go-cty-funcs' {@code rsadecrypt}: base64 ciphertext, PKCS #1 v1.5 padding, and an unencrypted PEM
 * "RSA PRIVATE KEY" (PKCS #1) block; errors are worded as Go's.
 */
final class RsaDecrypt {

    private static final Pattern PEM = Pattern.compile(
            "(?m)^-----BEGIN ([^\\r\\n]*)-----[ \\t]*\\r?\\n(.*?)^-----END \\1-----", Pattern.DOTALL);

    private RsaDecrypt() {
    }

    static String decrypt(String ciphertext, String pem) throws FunctionException {
        byte[] cipher;
        try {
            cipher = GoBase64.decode(ciphertext);
        } catch (GoBase64.CorruptInputException e) {
            throw new FunctionException("failed to decode input " + Quote.go(ciphertext)
                    + ": cipher text must be base64-encoded");
        }
        Block block = pemBlock(pem);
        if (block == null) {
            throw new FunctionException("failed to parse key: no key found");
        }
        if (block.encrypted) {
            throw new FunctionException("failed to parse key: password protected keys are not supported. "
                    + "Please decrypt the key prior to use");
        }
        PrivateKey key = pkcs1PrivateKey(block.der);
        try {
            Cipher c = Cipher.getInstance("RSA/ECB/PKCS1Padding");
            c.init(Cipher.DECRYPT_MODE, key);
            return new String(c.doFinal(cipher), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new FunctionException("crypto/rsa: decryption error");
        }
    }

    private record Block(byte[] der, boolean encrypted) {
    }

    /** The first PEM block whose body decodes, like Go's {@code pem.Decode}; null when there is none. */
    private static Block pemBlock(String text) {
        Matcher m = PEM.matcher(text);
        while (m.find()) {
            String body = m.group(2);
            boolean encrypted = false;
            String[] lines = body.split("\\r?\\n", -1);
            int first = 0;
            if (lines.length > 0 && lines[0].contains(":")) {
                while (first < lines.length && !lines[first].isBlank()) {
                    String line = lines[first];
                    int colon = line.indexOf(':');
                    if (colon > 0 && line.substring(0, colon).trim().equals("Proc-Type")
                            && line.substring(colon + 1).trim().equals("4,ENCRYPTED")) {
                        encrypted = true;
                    }
                    first++;
                }
            }
            StringBuilder b64 = new StringBuilder();
            for (int i = first; i < lines.length; i++) {
                b64.append(lines[i].replace(" ", "").replace("\t", ""));
            }
            try {
                return new Block(GoBase64.decode(b64.toString()), encrypted);
            } catch (GoBase64.CorruptInputException e) {
                // try the next block, as Go does
            }
        }
        return null;
    }

    /** Parses {@code RSAPrivateKey ::= SEQUENCE { version, n, e, d, p, q, dp, dq, qinv, ... }}. */
    private static PrivateKey pkcs1PrivateKey(byte[] der) throws FunctionException {
        List<Der.Element> fields;
        List<BigInteger> ints = new ArrayList<>();
        try {
            fields = Der.read(der).children();
            for (Der.Element f : fields) {
                if (f.tag() != Der.INTEGER) {
                    break;
                }
                ints.add(f.integer());
            }
        } catch (IllegalArgumentException e) {
            throw new FunctionException("x509: failed to parse private key: asn1: " + e.getMessage());
        }
        if (fields.size() == 3 && fields.get(1).tag() == Der.SEQUENCE && fields.get(2).tag() == Der.OCTET_STRING) {
            throw new FunctionException(
                    "x509: failed to parse private key (use ParsePKCS8PrivateKey instead for this key format)");
        }
        if (fields.size() >= 2 && fields.get(1).tag() == Der.OCTET_STRING) {
            throw new FunctionException(
                    "x509: failed to parse private key (use ParseECPrivateKey instead for this key format)");
        }
        if (ints.size() < 9) {
            throw new FunctionException("x509: failed to parse private key: asn1: structure error");
        }
        if (ints.get(0).compareTo(BigInteger.ONE) > 0) {
            throw new FunctionException("x509: unsupported private key version");
        }
        for (int i = 1; i < 9; i++) {
            if (ints.get(i).signum() <= 0) {
                throw new FunctionException("x509: private key contains zero or negative value");
            }
        }
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new RSAPrivateCrtKeySpec(ints.get(1), ints.get(2),
                    ints.get(3), ints.get(4), ints.get(5), ints.get(6), ints.get(7), ints.get(8)));
        } catch (GeneralSecurityException e) {
            throw new FunctionException("x509: failed to parse private key: " + e.getMessage());
        }
    }
}
