package io.jenkins.plugins.packer.engine.hcl.function.lib;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/** Go's {@code os.FileMode.String()} of a file (symbolic links followed), such as {@code drwxr-xr-x}. */
final class GoFileMode {

    private GoFileMode() {
    }

    static String of(Path p) throws IOException {
        Object raw;
        try {
            raw = Files.getAttribute(p, "unix:mode");
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            raw = null;
        }
        if (raw instanceof Integer mode) {
            return format(mode);
        }
        StringBuilder sb = new StringBuilder(Files.isDirectory(p) ? "d" : Files.isRegularFile(p) ? "" : "?");
        if (sb.length() == 0) {
            sb.append('-');
        }
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
        PosixFilePermission[] order = PosixFilePermission.values();
        String rwx = "rwxrwxrwx";
        for (int i = 0; i < 9; i++) {
            sb.append(perms.contains(order[i]) ? rwx.charAt(i) : '-');
        }
        return sb.toString();
    }

    /** Formats a Unix {@code st_mode} the way Go prints the FileMode it converts it to. */
    static String format(int mode) {
        int type = mode & 0170000;
        StringBuilder sb = new StringBuilder();
        if (type == 0040000) {
            sb.append('d');
        }
        if (type == 0120000) {
            sb.append('L');
        }
        if (type == 0060000 || type == 0020000) {
            sb.append('D');
        }
        if (type == 0010000) {
            sb.append('p');
        }
        if (type == 0140000) {
            sb.append('S');
        }
        if ((mode & 04000) != 0) {
            sb.append('u');
        }
        if ((mode & 02000) != 0) {
            sb.append('g');
        }
        if (type == 0020000) {
            sb.append('c');
        }
        if ((mode & 01000) != 0) {
            sb.append('t');
        }
        if (sb.length() == 0) {
            sb.append('-');
        }
        String rwx = "rwxrwxrwx";
        for (int i = 0; i < 9; i++) {
            sb.append((mode & (1 << (8 - i))) != 0 ? rwx.charAt(i) : '-');
        }
        return sb.toString();
    }
}
