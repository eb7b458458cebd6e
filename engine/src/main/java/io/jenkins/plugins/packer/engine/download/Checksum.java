package io.jenkins.plugins.packer.engine.download;

import java.util.HexFormat;
import java.util.Locale;

/**
 * An expected checksum: algorithm and value.
 *
 * @param type the algorithm
 * @param hex the expected value, lower-case hex
 */
public record Checksum(ChecksumType type, String hex) {

    public Checksum {
        hex = hex.toLowerCase(Locale.ROOT);
    }

    /** {@code sha256:abc...}, the form Packer prints and go-getter accepts. */
    @Override
    public String toString() {
        return type.label() + ":" + hex;
    }

    /** Whether {@code digest} (raw bytes) is this checksum. */
    public boolean matches(byte[] digest) {
        return HexFormat.of().formatHex(digest).equals(hex);
    }
}
