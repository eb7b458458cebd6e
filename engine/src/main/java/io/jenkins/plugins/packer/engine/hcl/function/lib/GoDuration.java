package io.jenkins.plugins.packer.engine.hcl.function.lib;

import java.util.Map;

/**
 * Go's {@code time.ParseDuration}: a signed sequence of decimal numbers with units {@code ns}, {@code us}
 * ({@code µs}), {@code ms}, {@code s}, {@code m}, {@code h}, such as {@code 1h30m} or {@code -1.5h}, with
 * Go's error messages.
 */
final class GoDuration {

    /** A malformed duration; the message is Go's. */
    static final class DurationException extends Exception {
        private static final long serialVersionUID = 1L;

        DurationException(String message) {
            super(message);
        }
    }

    private static final long MAX = Long.MIN_VALUE; // 1<<63 as an unsigned number
    private static final Map<String, Long> UNITS = Map.of("ns", 1L, "us", 1_000L, "\u00b5s", 1_000L,
            "\u03bcs", 1_000L, "ms", 1_000_000L, "s", 1_000_000_000L, "m", 60_000_000_000L, "h", 3_600_000_000_000L);

    private GoDuration() {
    }

    /** The duration in nanoseconds. */
    static long parse(String orig) throws DurationException {
        String s = orig;
        boolean neg = false;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            neg = s.charAt(0) == '-';
            s = s.substring(1);
        }
        if (s.equals("0")) {
            return 0;
        }
        if (s.isEmpty()) {
            throw invalid(orig);
        }
        long d = 0;
        while (!s.isEmpty()) {
            char c = s.charAt(0);
            if (c != '.' && (c < '0' || c > '9')) {
                throw invalid(orig);
            }
            int i = 0;
            long v = 0;
            while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                if (Long.compareUnsigned(v, Long.divideUnsigned(MAX, 10)) > 0) {
                    throw invalid(orig);
                }
                v = v * 10 + (s.charAt(i) - '0');
                if (Long.compareUnsigned(v, MAX) > 0) {
                    throw invalid(orig);
                }
                i++;
            }
            boolean pre = i > 0;
            s = s.substring(i);
            long f = 0;
            double scale = 1;
            boolean post = false;
            if (!s.isEmpty() && s.charAt(0) == '.') {
                s = s.substring(1);
                int j = 0;
                boolean overflow = false;
                while (j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                    if (!overflow && Long.compareUnsigned(f, Long.MAX_VALUE / 10) > 0) {
                        overflow = true;
                    }
                    if (!overflow) {
                        long y = f * 10 + (s.charAt(j) - '0');
                        if (Long.compareUnsigned(y, MAX) > 0) {
                            overflow = true;
                        } else {
                            f = y;
                            scale *= 10;
                        }
                    }
                    j++;
                }
                post = j > 0;
                s = s.substring(j);
            }
            if (!pre && !post) {
                throw invalid(orig);
            }
            int u = 0;
            while (u < s.length() && s.charAt(u) != '.' && (s.charAt(u) < '0' || s.charAt(u) > '9')) {
                u++;
            }
            if (u == 0) {
                throw new DurationException("time: missing unit in duration " + GoText.timeQuote(orig));
            }
            String unitName = s.substring(0, u);
            s = s.substring(u);
            Long unit = UNITS.get(unitName);
            if (unit == null) {
                throw new DurationException("time: unknown unit " + GoText.timeQuote(unitName) + " in duration "
                        + GoText.timeQuote(orig));
            }
            if (Long.compareUnsigned(v, Long.divideUnsigned(MAX, unit)) > 0) {
                throw invalid(orig);
            }
            v *= unit;
            if (f > 0) {
                v += (long) ((double) f * ((double) unit / scale));
                if (Long.compareUnsigned(v, MAX) > 0) {
                    throw invalid(orig);
                }
            }
            d += v;
            if (Long.compareUnsigned(d, MAX) > 0) {
                throw invalid(orig);
            }
        }
        if (neg) {
            return -d;
        }
        if (Long.compareUnsigned(d, Long.MAX_VALUE) > 0) {
            throw invalid(orig);
        }
        return d;
    }

    private static DurationException invalid(String orig) {
        return new DurationException("time: invalid duration " + GoText.timeQuote(orig));
    }
}
