package io.jenkins.plugins.packer.engine.builder.qemu;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The last lines of a log file (QEMU's output, the guest's serial console), read from the end so a large
 * console log costs nothing. Terminal control characters are dropped, carriage returns end lines.
 */
public final class LogTail {

    private static final int MAX_BYTES = 64 * 1024;

    private LogTail() {
    }

    /** Up to {@code lines} last non-empty lines of {@code file}, joined with newlines; empty if none. */
    public static String lastLines(Path file, int lines, Charset charset) throws IOException {
        if (!Files.isRegularFile(file)) {
            return "";
        }
        byte[] buf;
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            long len = f.length();
            int n = (int) Math.min(len, MAX_BYTES);
            buf = new byte[n];
            f.seek(len - n);
            f.readFully(buf);
        }
        String text = new String(buf, charset).replace("\r\n", "\n").replace('\r', '\n');
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            String clean = clean(line);
            if (!clean.isBlank()) {
                out.add(clean);
            }
        }
        return String.join("\n", out.subList(Math.max(0, out.size() - lines), out.size()));
    }

    /** Drops ANSI escape sequences and other control characters. */
    static String clean(String line) {
        String noAnsi = line.replaceAll("\u001B\\[[0-9;?]*[ -/]*[@-~]", "").replaceAll("\u001B[@-Z\\\\-_]", "");
        StringBuilder sb = new StringBuilder(noAnsi.length());
        for (int i = 0; i < noAnsi.length(); i++) {
            char c = noAnsi.charAt(i);
            if (c == '\t' || c >= 0x20 && c != 0x7F) {
                sb.append(c);
            }
        }
        return sb.toString().stripTrailing();
    }
}
