package io.jenkins.plugins.packer.engine.ui;

import java.util.Locale;

/** Human byte counts for progress output: {@code 512 B}, {@code 1.5 KiB}, {@code 12.3 MiB}. */
public final class ByteSizes {

    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};

    private ByteSizes() {
    }

    public static String format(double bytes) {
        int unit = 0;
        while (bytes >= 1024 && unit < UNITS.length - 1) {
            bytes /= 1024;
            unit++;
        }
        return unit == 0 ? String.format(Locale.ROOT, "%d B", (long) bytes)
                : String.format(Locale.ROOT, "%.1f %s", bytes, UNITS[unit]);
    }
}
