package io.jenkins.plugins.packer.engine.communicator.ssh;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.Base64;
import net.schmizz.sshj.common.Buffer;
import net.schmizz.sshj.common.KeyType;

/** Host key helpers: OpenSSH-style fingerprints and key type names. */
final class HostKeys {

    private HostKeys() {
    }

    /** The key's fingerprint as OpenSSH prints it: {@code SHA256:} and unpadded base64. */
    static String sha256Fingerprint(PublicKey key) {
        try {
            byte[] blob = new Buffer.PlainBuffer().putPublicKey(key).getCompactData();
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(blob);
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The SSH name of the key's type, e.g. {@code ssh-ed25519}. */
    static String typeName(PublicKey key) {
        return KeyType.fromKey(key).toString();
    }

    /** "SHA256:... (ssh-ed25519)". */
    static String describe(PublicKey key) {
        return sha256Fingerprint(key) + " (" + typeName(key) + ")";
    }
}
