package io.jenkins.plugins.packer.engine.download;

import java.util.HexFormat;

/**
 * The value of {@code iso_checksum} as Packer (go-getter) reads it: {@code none}; {@code TYPE:HEX} with type
 * md5, sha1, sha256 or sha512; a bare hex value whose type is guessed from its length; or {@code file:URL} /
 * {@code file:PATH}, a checksum file (GNU {@code HASH  name} or BSD {@code SHA256 (name) = HASH} lines) in which
 * the line for the downloaded file's name gives the checksum.
 */
public sealed interface ChecksumSpec {

    /** {@code none}: no verification (Packer warns). */
    record None() implements ChecksumSpec {
    }

    /** A checksum given in the template. */
    record Value(Checksum checksum) implements ChecksumSpec {
    }

    /** {@code file:...}: read from a checksum file. */
    record FromFile(String location) implements ChecksumSpec {
    }

    /**
     * Parses {@code text}.
     *
     * @throws IllegalArgumentException with a message for the user ("unsupported checksum type: crc32",
     *     "invalid checksum: ...")
     */
    static ChecksumSpec parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("A checksum must be specified");
        }
        if (text.equals("none")) {
            return new None();
        }
        int colon = text.indexOf(':');
        if (colon < 0) {
            ChecksumType t = ChecksumType.ofHexLength(text.length()).orElseThrow(() ->
                    new IllegalArgumentException("invalid checksum: " + text + " (a bare checksum must be the hex "
                            + "value of md5, sha1, sha256 or sha512; or write TYPE:VALUE, file:URL or none)"));
            return new Value(new Checksum(t, hex(text, t)));
        }
        String type = text.substring(0, colon);
        String value = text.substring(colon + 1);
        if (type.equals("file")) {
            if (value.isEmpty()) {
                throw new IllegalArgumentException("invalid checksum: file: needs a URL or path");
            }
            return new FromFile(value);
        }
        ChecksumType t = ChecksumType.named(type).filter(x -> x.label().equals(type))
                .orElseThrow(() -> new IllegalArgumentException("unsupported checksum type: " + type));
        return new Value(new Checksum(t, hex(value, t)));
    }

    private static String hex(String value, ChecksumType t) {
        if (value.length() != t.hexLength()) {
            throw new IllegalArgumentException("invalid checksum: " + t.label() + " expects " + t.hexLength()
                    + " hex digits, got " + value.length());
        }
        try {
            HexFormat.of().parseHex(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid checksum: " + value + " is not hexadecimal");
        }
        return value;
    }
}
