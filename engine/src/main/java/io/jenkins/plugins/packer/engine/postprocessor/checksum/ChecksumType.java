package io.jenkins.plugins.packer.engine.postprocessor.checksum;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The checksum algorithms, by Packer's names. */
enum ChecksumType {
    MD5("md5", "MD5"), SHA1("sha1", "SHA-1"), SHA224("sha224", "SHA-224"), SHA256("sha256", "SHA-256"),
    SHA384("sha384", "SHA-384"), SHA512("sha512", "SHA-512");

    private final String packerName;
    private final String javaName;

    ChecksumType(String packerName, String javaName) {
        this.packerName = packerName;
        this.javaName = javaName;
    }

    /** The type named {@code name} in a template, or null. */
    static ChecksumType of(String name) {
        for (ChecksumType t : values()) {
            if (t.packerName.equals(name)) {
                return t;
            }
        }
        return null;
    }

    String packerName() {
        return packerName;
    }

    MessageDigest digest() {
        try {
            return MessageDigest.getInstance(javaName);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks " + javaName, e);
        }
    }
}
