package io.jenkins.plugins.packer.engine.download;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Optional;

/** The checksum algorithms Packer's downloads (go-getter) understand, and their hex lengths. */
public enum ChecksumType {
    MD5("md5", "MD5", 32),
    SHA1("sha1", "SHA-1", 40),
    SHA256("sha256", "SHA-256", 64),
    SHA512("sha512", "SHA-512", 128);

    private final String label;
    private final String jca;
    private final int hexLength;

    ChecksumType(String label, String jca, int hexLength) {
        this.label = label;
        this.jca = jca;
        this.hexLength = hexLength;
    }

    /** The name as templates write it: {@code sha256}. */
    public String label() {
        return label;
    }

    public int hexLength() {
        return hexLength;
    }

    public MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance(jca);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(jca + " is part of every JDK", e);
        }
    }

    /** By name, case-insensitively ({@code SHA256} in BSD-style checksum files). */
    public static Optional<ChecksumType> named(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace("-", "");
        for (ChecksumType t : values()) {
            if (t.label.equals(n)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** Guessed from the length of a hex value, as go-getter does for a bare checksum. */
    public static Optional<ChecksumType> ofHexLength(int length) {
        for (ChecksumType t : values()) {
            if (t.hexLength == length) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
