package io.jenkins.plugins.packer.engine.builder.qemu;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Recognises a qcow2 image by its magic number ({@code QFI\xfb}), as Packer's {@code isqcow2.go}. */
final class DiskFormats {

    private DiskFormats() {
    }

    static boolean isQcow2(Path file) throws IOException {
        byte[] magic = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(magic, 0, 4) < 4) {
                return false;
            }
        }
        return magic[0] == 'Q' && magic[1] == 'F' && magic[2] == 'I' && (magic[3] & 0xFF) == 0xFB;
    }

    /** {@code qcow2} or {@code raw}: the format QEMU should be told for an image file. */
    static String formatOf(Path file) throws IOException {
        return isQcow2(file) ? "qcow2" : "raw";
    }
}
