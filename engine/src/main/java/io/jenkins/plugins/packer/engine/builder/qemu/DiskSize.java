package io.jenkins.plugins.packer.engine.builder.qemu;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@code disk_size} as Packer reads it: digits with an optional unit {@code b k m g t} (any case); a bare number
 * is megabytes; empty or {@code 0} is the default {@code 40960M}. The result is passed to {@code qemu-img} as is.
 */
public final class DiskSize {

    /** Packer's default disk size. */
    public static final String DEFAULT = "40960M";

    private static final Pattern VALID = Pattern.compile("^\\d+[bkmgt]?$");
    private static final Pattern BARE = Pattern.compile("^\\d+$");

    private DiskSize() {
    }

    /** The size for qemu-img, or null when {@code text} is not a valid size. */
    public static String normalize(String text) {
        if (text == null || text.isEmpty() || text.equals("0")) {
            return DEFAULT;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (!VALID.matcher(lower).matches()) {
            return null;
        }
        return BARE.matcher(lower).matches() ? text + "M" : text;
    }

    /** The size in bytes (qemu-img's binary units), for messages and checks. */
    public static long bytes(String normalized) {
        String lower = normalized.toLowerCase(Locale.ROOT);
        char unit = lower.charAt(lower.length() - 1);
        long n = Long.parseLong(Character.isDigit(unit) ? lower : lower.substring(0, lower.length() - 1));
        return switch (unit) {
            case 'k' -> n << 10;
            case 'm' -> n << 20;
            case 'g' -> n << 30;
            case 't' -> n << 40;
            default -> n;
        };
    }
}
