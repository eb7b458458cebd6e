package io.jenkins.plugins.packer.engine.hcl.function.lib;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Go's {@code time.Format}: a layout written as the reference time {@code Mon Jan 2 15:04:05 MST 2006}
 * ({@code 2006}, {@code 01}, {@code Jan}, {@code _2}, {@code 15}, {@code 03}, {@code PM}, {@code Z07:00},
 * {@code .000}, ...), everything else copied. Used by {@code legacy_isotime} and {@code legacy_strftime}.
 */
final class GoTimeLayout {

    private GoTimeLayout() {
    }

    static String format(String layout, OffsetDateTime t) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < layout.length()) {
            int consumed = element(layout, i, t, out);
            if (consumed == 0) {
                out.append(layout.charAt(i));
                i++;
            } else {
                i += consumed;
            }
        }
        return out.toString();
    }

    /** Formats the layout element at {@code i} into {@code out}; returns its length, 0 if there is none. */
    private static int element(String l, int i, OffsetDateTime t, StringBuilder out) {
        char c = l.charAt(i);
        switch (c) {
            case 'J' -> {
                if (l.startsWith("January", i)) {
                    out.append(monthName(t, TextStyle.FULL));
                    return 7;
                }
                if (l.startsWith("Jan", i) && !startsWithLower(l, i + 3)) {
                    out.append(monthName(t, TextStyle.SHORT));
                    return 3;
                }
            }
            case 'M' -> {
                if (l.startsWith("Monday", i)) {
                    out.append(t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
                    return 6;
                }
                if (l.startsWith("Mon", i) && !startsWithLower(l, i + 3)) {
                    out.append(t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
                    return 3;
                }
                if (l.startsWith("MST", i)) {
                    out.append(t.getOffset().equals(ZoneOffset.UTC) ? "UTC" : offset(t, false, false, true));
                    return 3;
                }
            }
            case '0' -> {
                if (l.startsWith("002", i)) {
                    out.append(pad(t.getDayOfYear(), 3, '0'));
                    return 3;
                }
                if (i + 1 < l.length() && l.charAt(i + 1) >= '1' && l.charAt(i + 1) <= '6') {
                    int v = switch (l.charAt(i + 1)) {
                        case '1' -> t.getMonthValue();
                        case '2' -> t.getDayOfMonth();
                        case '3' -> hour12(t);
                        case '4' -> t.getMinute();
                        case '5' -> t.getSecond();
                        default -> Math.floorMod(t.getYear(), 100);
                    };
                    out.append(pad(v, 2, '0'));
                    return 2;
                }
            }
            case '1' -> {
                if (l.startsWith("15", i)) {
                    out.append(pad(t.getHour(), 2, '0'));
                    return 2;
                }
                out.append(t.getMonthValue());
                return 1;
            }
            case '2' -> {
                if (l.startsWith("2006", i)) {
                    out.append(pad(t.getYear(), 4, '0'));
                    return 4;
                }
                out.append(t.getDayOfMonth());
                return 1;
            }
            case '_' -> {
                if (l.startsWith("_2", i) && !l.startsWith("_2006", i)) {
                    out.append(pad(t.getDayOfMonth(), 2, ' '));
                    return 2;
                }
                if (l.startsWith("__2", i)) {
                    out.append(pad(t.getDayOfYear(), 3, ' '));
                    return 3;
                }
            }
            case '3' -> {
                out.append(hour12(t));
                return 1;
            }
            case '4' -> {
                out.append(t.getMinute());
                return 1;
            }
            case '5' -> {
                out.append(t.getSecond());
                return 1;
            }
            case 'P', 'p' -> {
                if (l.startsWith(c == 'P' ? "PM" : "pm", i)) {
                    String ampm = t.getHour() >= 12 ? "PM" : "AM";
                    out.append(c == 'P' ? ampm : ampm.toLowerCase(Locale.ROOT));
                    return 2;
                }
            }
            case '-', 'Z' -> {
                return zone(l, i, t, out);
            }
            case '.', ',' -> {
                return fraction(l, i, t, out);
            }
            default -> {
                return 0;
            }
        }
        return 0;
    }

    private static int zone(String l, int i, OffsetDateTime t, StringBuilder out) {
        boolean iso = l.charAt(i) == 'Z';
        String rest = l.substring(i + 1);
        String[] forms = {"070000", "07:00:00", "0700", "07:00", "07"};
        for (String f : forms) {
            if (rest.startsWith(f)) {
                if (iso && t.getOffset().getTotalSeconds() == 0) {
                    out.append('Z');
                } else {
                    out.append(offset(t, f.contains(":"), f.length() >= 6, !f.equals("07")));
                }
                return 1 + f.length();
            }
        }
        return 0;
    }

    private static String offset(OffsetDateTime t, boolean colon, boolean seconds, boolean minutes) {
        int total = t.getOffset().getTotalSeconds();
        StringBuilder sb = new StringBuilder(total < 0 ? "-" : "+");
        int abs = Math.abs(total);
        sb.append(pad(abs / 3600, 2, '0'));
        if (minutes) {
            sb.append(colon ? ":" : "").append(pad(abs / 60 % 60, 2, '0'));
        }
        if (seconds) {
            sb.append(colon ? ":" : "").append(pad(abs % 60, 2, '0'));
        }
        return sb.toString();
    }

    private static int fraction(String l, int i, OffsetDateTime t, StringBuilder out) {
        if (i + 1 >= l.length() || l.charAt(i + 1) != '0' && l.charAt(i + 1) != '9') {
            return 0;
        }
        char digit = l.charAt(i + 1);
        int j = i + 1;
        while (j < l.length() && l.charAt(j) == digit) {
            j++;
        }
        if (j < l.length() && Character.isDigit(l.charAt(j))) {
            return 0;
        }
        int n = Math.min(j - i - 1, 9);
        String nanos = pad(t.getNano(), 9, '0').substring(0, n);
        if (digit == '9') {
            nanos = nanos.replaceFirst("0+$", "");
            if (!nanos.isEmpty()) {
                out.append(l.charAt(i)).append(nanos);
            }
        } else {
            out.append(l.charAt(i)).append(nanos);
        }
        return j - i;
    }

    private static boolean startsWithLower(String l, int i) {
        return i < l.length() && l.charAt(i) >= 'a' && l.charAt(i) <= 'z';
    }

    private static String monthName(OffsetDateTime t, TextStyle style) {
        return t.getMonth().getDisplayName(style, Locale.ENGLISH);
    }

    private static int hour12(OffsetDateTime t) {
        int h = t.getHour() % 12;
        return h == 0 ? 12 : h;
    }

    static String pad(int v, int width, char fill) {
        String s = Integer.toString(Math.abs(v));
        StringBuilder sb = new StringBuilder(v < 0 ? "-" : "");
        for (int k = s.length(); k < width; k++) {
            sb.append(fill);
        }
        return sb.append(s).toString();
    }
}
