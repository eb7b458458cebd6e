package io.jenkins.plugins.packer.engine.communicator;

import java.time.Duration;

/** Formats durations as Go's {@code time.Duration.String()} does ({@code 5m0s}, {@code 1.5s}, {@code 300ms}). */
public final class Durations {

    private Durations() {
    }

    public static String format(Duration d) {
        if (d.isZero()) {
            return "0s";
        }
        long nanos = d.toNanos();
        StringBuilder sb = new StringBuilder();
        if (nanos < 0) {
            sb.append('-');
            nanos = -nanos;
        }
        if (nanos < 1_000_000_000L) {
            if (nanos % 1_000_000L == 0) {
                return sb.append(nanos / 1_000_000L).append("ms").toString();
            }
            return sb.append(trim(nanos / 1e6)).append("ms").toString();
        }
        long hours = nanos / 3_600_000_000_000L;
        long minutes = nanos / 60_000_000_000L % 60;
        double seconds = (nanos % 60_000_000_000L) / 1e9;
        if (hours > 0) {
            sb.append(hours).append('h');
        }
        if (hours > 0 || minutes > 0) {
            sb.append(minutes).append('m');
        }
        return sb.append(trim(seconds)).append('s').toString();
    }

    private static String trim(double v) {
        String s = String.format(java.util.Locale.ROOT, "%.9f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
