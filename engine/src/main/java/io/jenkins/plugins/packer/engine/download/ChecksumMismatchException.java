package io.jenkins.plugins.packer.engine.download;

import java.util.HexFormat;

/** A file whose checksum is not the expected one; the message is go-getter's. */
public final class ChecksumMismatchException extends DownloadException {

    private static final long serialVersionUID = 1L;

    public ChecksumMismatchException(String file, Checksum expected, byte[] actual) {
        super("Checksums did not match for " + file + ".\nExpected: " + expected.hex() + "\nGot: "
                + HexFormat.of().formatHex(actual) + "\n" + expected.type().label());
    }
}
