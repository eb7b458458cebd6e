package io.jenkins.plugins.packer.engine.communicator.ssh;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.RSAKeyGenParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;

/**
 * A key pair made for one build ({@code temporary_key_pair_type}, {@code temporary_key_pair_bits}), as
 * Packer's {@code StepSSHKeyGen}: the template layer exposes {@link #publicKey()} as {@code build.SSHPublicKey}
 * (for cloud-init / authorized_keys) and {@link #privateKey()} as {@code build.SSHPrivateKey}, and the SSH
 * communicator authenticates with {@link SshConfig.Builder#privateKey(String)}.
 *
 * <p>Generated with the JDK alone. The private key is written in OpenSSH's own format
 * ({@code -----BEGIN OPENSSH PRIVATE KEY-----}, unencrypted), which OpenSSH, ansible and sshj all read, for
 * every key type.
 *
 * @param type       rsa, ecdsa or ed25519
 * @param bits       the key size actually used (ed25519: 256)
 * @param name       the key's comment, {@code packer_<uuid>} by default
 * @param publicKey  an authorized_keys line: {@code <algorithm> <base64> <name>}
 * @param privateKey the private key text (sensitive: never log it)
 */
public record TemporaryKeyPair(Type type, int bits, String name, String publicKey, String privateKey) {

    /** {@code temporary_key_pair_type}. */
    public enum Type {
        RSA, ECDSA, ED25519;

        /** Parses Packer's name; {@code dsa} is refused (OpenSSH 7+ rejects DSA keys). */
        public static Type parse(String s) {
            return switch (s.toLowerCase(Locale.ROOT)) {
                case "rsa", "" -> RSA;
                case "ecdsa" -> ECDSA;
                case "ed25519" -> ED25519;
                case "dsa" -> throw new IllegalArgumentException("temporary_key_pair_type \"dsa\" is not supported:"
                        + " DSA keys are refused by current OpenSSH servers; use rsa, ecdsa or ed25519");
                default -> throw new IllegalArgumentException("temporary_key_pair_type \"" + s + "\" is invalid;"
                        + " valid types: rsa, ecdsa, ed25519");
            };
        }
    }

    /** Packer's default bits: rsa 4096, ecdsa 521, ed25519 fixed. */
    public static int defaultBits(Type type) {
        return switch (type) {
            case RSA -> 4096;
            case ECDSA -> 521;
            case ED25519 -> 256;
        };
    }

    @Override
    public String toString() {
        return "TemporaryKeyPair[" + type + " " + bits + ", " + name + "]";
    }

    /** A new key pair named {@code packer_<uuid>}; {@code bits} 0 means the default. */
    public static TemporaryKeyPair generate(Type type, int bits) {
        return generate(type, bits, "packer_" + UUID.randomUUID());
    }

    /**
     * A new key pair.
     *
     * @throws IllegalArgumentException for sizes Packer refuses (rsa below 1024, ecdsa other than 256/384/521)
     */
    public static TemporaryKeyPair generate(Type type, int bits, String name) {
        int size = bits == 0 ? defaultBits(type) : bits;
        try {
            return switch (type) {
                case RSA -> rsa(size, name);
                case ECDSA -> ecdsa(size, name);
                case ED25519 -> ed25519(name);
            };
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot generate a " + type + " key: " + e.getMessage(), e);
        }
    }

    private static TemporaryKeyPair rsa(int bits, String name) throws GeneralSecurityException {
        if (bits < 1024) {
            throw new IllegalArgumentException("temporary_key_pair_bits " + bits + " is invalid for rsa: the minimum is"
                    + " 1024");
        }
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(new RSAKeyGenParameterSpec(bits, RSAKeyGenParameterSpec.F4), new SecureRandom());
        KeyPair kp = g.generateKeyPair();
        RSAPublicKey pub = (RSAPublicKey) kp.getPublic();
        RSAPrivateCrtKey priv = (RSAPrivateCrtKey) kp.getPrivate();
        byte[] blob = new SshWire().string("ssh-rsa").mpint(pub.getPublicExponent()).mpint(pub.getModulus()).bytes();
        SshWire secret = new SshWire().string("ssh-rsa").mpint(priv.getModulus()).mpint(priv.getPublicExponent())
                .mpint(priv.getPrivateExponent()).mpint(priv.getCrtCoefficient()).mpint(priv.getPrimeP())
                .mpint(priv.getPrimeQ());
        return finish(Type.RSA, bits, name, "ssh-rsa", blob, secret);
    }

    private static TemporaryKeyPair ecdsa(int bits, String name) throws GeneralSecurityException {
        String curve = switch (bits) {
            case 256 -> "nistp256";
            case 384 -> "nistp384";
            case 521 -> "nistp521";
            default -> throw new IllegalArgumentException("temporary_key_pair_bits " + bits + " is invalid for ecdsa:"
                    + " use 256, 384 or 521");
        };
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp" + bits + "r1"), new SecureRandom());
        KeyPair kp = g.generateKeyPair();
        ECPublicKey pub = (ECPublicKey) kp.getPublic();
        int fieldBytes = (bits + 7) / 8;
        ECPoint w = pub.getW();
        byte[] q = new SshWire().raw(4).raw(fixed(w.getAffineX(), fieldBytes)).raw(fixed(w.getAffineY(), fieldBytes))
                .bytes();
        String algorithm = "ecdsa-sha2-" + curve;
        byte[] blob = new SshWire().string(algorithm).string(curve).string(q).bytes();
        SshWire secret = new SshWire().string(algorithm).string(curve).string(q)
                .mpint(((ECPrivateKey) kp.getPrivate()).getS());
        return finish(Type.ECDSA, bits, name, algorithm, blob, secret);
    }

    private static TemporaryKeyPair ed25519(String name) throws GeneralSecurityException {
        KeyPair kp = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] x509 = kp.getPublic().getEncoded();
        byte[] pub = Arrays.copyOfRange(x509, x509.length - 32, x509.length);
        byte[] seed = ((EdECPrivateKey) kp.getPrivate()).getBytes()
                .orElseThrow(() -> new GeneralSecurityException("Ed25519 private key without its seed"));
        byte[] blob = new SshWire().string("ssh-ed25519").string(pub).bytes();
        byte[] both = new SshWire().raw(seed).raw(pub).bytes();
        SshWire secret = new SshWire().string("ssh-ed25519").string(pub).string(both);
        return finish(Type.ED25519, 256, name, "ssh-ed25519", blob, secret);
    }

    /** OpenSSH's "openssh-key-v1" container, unencrypted (PROTOCOL.key). */
    private static TemporaryKeyPair finish(Type type, int bits, String name, String algorithm, byte[] publicBlob,
            SshWire secretKey) {
        int check = new SecureRandom().nextInt();
        SshWire priv = new SshWire().uint32(check).uint32(check).raw(secretKey.bytes()).string(name);
        for (int pad = 1; priv.size() % 8 != 0; pad++) {
            priv.raw(pad);
        }
        byte[] container = new SshWire().raw("openssh-key-v1\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .string("none").string("none").string(new byte[0]).uint32(1).string(publicBlob).string(priv.bytes())
                .bytes();
        String body = Base64.getMimeEncoder(70, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .encodeToString(container);
        String pem = "-----BEGIN OPENSSH PRIVATE KEY-----\n" + body + "\n-----END OPENSSH PRIVATE KEY-----\n";
        String line = algorithm + " " + Base64.getEncoder().encodeToString(publicBlob) + " " + name;
        return new TemporaryKeyPair(type, bits, name, line, pem);
    }

    private static byte[] fixed(BigInteger v, int length) {
        byte[] b = v.toByteArray();
        if (b.length == length) {
            return b;
        }
        byte[] out = new byte[length];
        int copy = Math.min(b.length, length);
        System.arraycopy(b, b.length - copy, out, length - copy, copy);
        return out;
    }
}
