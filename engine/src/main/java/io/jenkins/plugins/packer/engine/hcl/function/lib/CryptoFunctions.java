package io.jenkins.plugins.packer.engine.hcl.function.lib;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import io.jenkins.plugins.packer.engine.hcl.function.Function;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionException;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionSpec;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Packer's hash and crypto functions: {@code bcrypt}, {@code md5}, {@code sha1}, {@code sha256},
 * {@code sha512}, {@code uuidv4}, {@code uuidv5} and {@code rsadecrypt}, as go-cty-funcs implements them.
 * Strings are hashed as their UTF-8 bytes.
 *
 * <p>go-cty-funcs also has {@code base64sha256} and {@code base64sha512}, but Packer 1.16 does not register
 * them (a template calling them fails with "There is no function named ..."); {@link #base64Hashes()}
 * offers them separately for callers that want Terraform's set.
 */
public final class CryptoFunctions {

    private static final int BCRYPT_DEFAULT_COST = 10;

    private CryptoFunctions() {
    }

    /** The crypto functions by name. */
    public static Map<String, Function> all() {
        Map<String, Function> m = new TreeMap<>();
        m.put("bcrypt", bcrypt());
        m.put("md5", hash("MD5", false));
        m.put("sha1", hash("SHA-1", false));
        m.put("sha256", hash("SHA-256", false));
        m.put("sha512", hash("SHA-512", false));
        m.put("uuidv4", FunctionSpec.builder().returns(Type.STRING)
                .impl((args, ret) -> Value.string(UUID.randomUUID().toString())).build());
        m.put("uuidv5", FunctionSpec.builder()
                .param("namespace", Type.STRING)
                .param("name", Type.STRING)
                .returns(Type.STRING)
                .impl((args, ret) -> Value.string(Uuids.v5(args.get(0).asString(), args.get(1).asString())))
                .build());
        m.put("rsadecrypt", FunctionSpec.builder()
                .param("ciphertext", Type.STRING)
                .param("privatekey", Type.STRING)
                .returns(Type.STRING)
                .impl((args, ret) -> Value.string(RsaDecrypt.decrypt(args.get(0).asString(), args.get(1).asString())))
                .build());
        return m;
    }

    /** {@code base64sha256} and {@code base64sha512}, which Packer itself does not offer. */
    public static Map<String, Function> base64Hashes() {
        Map<String, Function> m = new TreeMap<>();
        m.put("base64sha256", hash("SHA-256", true));
        m.put("base64sha512", hash("SHA-512", true));
        return m;
    }

    private static Function hash(String algorithm, boolean base64) {
        return Specs.stringToString("str", s -> {
            byte[] digest = digest(algorithm, s.getBytes(StandardCharsets.UTF_8));
            return base64 ? GoBase64.encode(digest) : HexFormat.of().formatHex(digest);
        });
    }

    static byte[] digest(String algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has " + algorithm, e);
        }
    }

    private static Function bcrypt() {
        return FunctionSpec.builder()
                .param("str", Type.STRING)
                .variadic(io.jenkins.plugins.packer.engine.hcl.function.Parameter.of("cost", Type.NUMBER))
                .returns(Type.STRING)
                .impl((args, ret) -> {
                    long cost = BCRYPT_DEFAULT_COST;
                    if (args.size() > 1) {
                        cost = Args.toLong(args.get(1), -1);
                    }
                    if (args.size() > 2) {
                        throw new FunctionException("bcrypt() takes no more than two arguments");
                    }
                    byte[] password = args.get(0).asString().getBytes(StandardCharsets.UTF_8);
                    if (password.length > 72) {
                        throw new FunctionException(
                                "error occured generating password bcrypt: password length exceeds 72 bytes");
                    }
                    if (cost < 4) {
                        cost = BCRYPT_DEFAULT_COST;
                    }
                    if (cost > 31) {
                        throw new FunctionException("error occured generating password crypto/bcrypt: cost " + cost
                                + " is outside allowed range (4,31)");
                    }
                    byte[] hash = BCrypt.with(BCrypt.Version.VERSION_2A,
                            LongPasswordStrategies.strict(BCrypt.Version.VERSION_2A)).hash((int) cost, password);
                    return Value.string(new String(hash, StandardCharsets.US_ASCII));
                })
                .build();
    }
}
