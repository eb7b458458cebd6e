package io.jenkins.plugins.packer.engine.gotime;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Go's {@code time.Format}: layouts written with the reference time {@code Mon Jan 2 15:04:05 MST 2006}
 * ({@code 2006-01-02T15:04:05Z07:00}, {@code _2}, {@code 002}, {@code .000}, {@code .999}, {@code PM}, ...).
 * Text that is not a layout element is copied.
 */
public final class GoTimeLayout {

    /** Go's RFC3339 layout, {@code isotime}'s default. */
    public static final String RFC3339 = "2006-01-02T15:04:05Z07:00";

    private GoTimeLayout() {
    }

    /** {@code t} formatted with a fixed offset and no zone name (Go's time.FixedZone with an empty name). */
    public static String format(OffsetDateTime t, String layout) {
        return format(t.toZonedDateTime(), layout);
    }

    public static String format(ZonedDateTime t, String layout) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < layout.length()) {
            int n = element(layout, i, t, out);
            if (n == 0) {
                out.append(layout.charAt(i));
                i++;
            } else {
                i += n;
            }
        }
        return out.toString();
    }

    /** Appends the layout element at {@code i} and returns its length, or 0 when none starts there. */
    private static int element(String l, int i, ZonedDateTime t, StringBuilder out) {
        char c = l.charAt(i);
        switch (c) {
            case 'J':
                if (l.startsWith("January", i)) {
                    out.append(t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
                    return 7;
                }
                if (l.startsWith("Jan", i) && !lowerAt(l, i + 3)) {
                    out.append(t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
                    return 3;
                }
                return 0;
            case 'M':
                if (l.startsWith("Monday", i)) {
                    out.append(t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
                    return 6;
                }
                if (l.startsWith("Mon", i) && !lowerAt(l, i + 3)) {
                    out.append(t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
                    return 3;
                }
                if (l.startsWith("MST", i)) {
                    out.append(zoneName(t));
                    return 3;
                }
                return 0;
            case '0':
                if (i + 1 < l.length() && l.charAt(i + 1) >= '1' && l.charAt(i + 1) <= '6') {
                    int v = switch (l.charAt(i + 1)) {
                        case '1' -> t.getMonthValue();
                        case '2' -> t.getDayOfMonth();
                        case '3' -> hour12(t);
                        case '4' -> t.getMinute();
                        case '5' -> t.getSecond();
                        default -> Math.floorMod(t.getYear(), 100);
                    };
                    pad(out, v, 2, '0');
                    return 2;
                }
                if (l.startsWith("002", i)) {
                    pad(out, t.getDayOfYear(), 3, '0');
                    return 3;
                }
                return 0;
            case '1':
                if (l.startsWith("15", i)) {
                    pad(out, t.getHour(), 2, '0');
                    return 2;
                }
                out.append(t.getMonthValue());
                return 1;
            case '2':
                if (l.startsWith("2006", i)) {
                    pad(out, t.getYear(), 4, '0');
                    return 4;
                }
                out.append(t.getDayOfMonth());
                return 1;
            case '_':
                if (l.startsWith("_2", i)) {
                    if (l.startsWith("_2006", i)) {
                        out.append('_');
                        pad(out, t.getYear(), 4, '0');
                        return 5;
                    }
                    pad(out, t.getDayOfMonth(), 2, ' ');
                    return 2;
                }
                if (l.startsWith("__2", i)) {
                    pad(out, t.getDayOfYear(), 3, ' ');
                    return 3;
                }
                return 0;
            case '3':
                out.append(hour12(t));
                return 1;
            case '4':
                out.append(t.getMinute());
                return 1;
            case '5':
                out.append(t.getSecond());
                return 1;
            case 'P':
                if (l.startsWith("PM", i)) {
                    out.append(t.getHour() >= 12 ? "PM" : "AM");
                    return 2;
                }
                return 0;
            case 'p':
                if (l.startsWith("pm", i)) {
                    out.append(t.getHour() >= 12 ? "pm" : "am");
                    return 2;
                }
                return 0;
            case '-':
            case 'Z':
                return zone(l, i, c == 'Z', t, out);
            case '.':
            case ',':
                return fraction(l, i, t, out);
            default:
                return 0;
        }
    }

    private static int zone(String l, int i, boolean iso, ZonedDateTime t, StringBuilder out) {
        String rest = l.substring(i + 1);
        String[] forms = {"070000", "07:00:00", "0700", "07:00", "07"};
        for (String f : forms) {
            if (rest.startsWith(f)) {
                int offset = t.getOffset().getTotalSeconds();
                if (iso && offset == 0) {
                    out.append('Z');
                    return f.length() + 1;
                }
                int abs = Math.abs(offset);
                out.append(offset < 0 ? '-' : '+');
                pad(out, abs / 3600, 2, '0');
                if (!f.equals("07")) {
                    if (f.contains(":")) {
                        out.append(':');
                    }
                    pad(out, abs / 60 % 60, 2, '0');
                }
                if (f.equals("070000") || f.equals("07:00:00")) {
                    if (f.contains(":")) {
                        out.append(':');
                    }
                    pad(out, abs % 60, 2, '0');
                }
                return f.length() + 1;
            }
        }
        return 0;
    }

    private static int fraction(String l, int i, ZonedDateTime t, StringBuilder out) {
        if (i + 1 >= l.length() || l.charAt(i + 1) != '0' && l.charAt(i + 1) != '9') {
            return 0;
        }
        char ch = l.charAt(i + 1);
        int j = i + 1;
        while (j < l.length() && l.charAt(j) == ch) {
            j++;
        }
        if (j < l.length() && Character.isDigit(l.charAt(j))) {
            return 0;
        }
        int digits = j - (i + 1);
        String nanos = String.format("%09d", t.getNano()).substring(0, Math.min(9, digits));
        if (ch == '9') {
            nanos = nanos.replaceAll("0+$", "");
            if (nanos.isEmpty()) {
                return j - i;
            }
        }
        out.append(l.charAt(i)).append(nanos);
        return j - i;
    }

    private static String zoneName(ZonedDateTime t) {
        if (t.getOffset().getTotalSeconds() == 0 && (t.getZone().getId().equals("Z")
                || t.getZone().getId().equals("UTC"))) {
            return "UTC";
        }
        String name = t.getZone() instanceof ZoneOffset ? "GMT"
                : t.getZone().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        if (name.startsWith("GMT") || name.startsWith("UTC") || name.contains("/")) {
            int off = t.getOffset().getTotalSeconds();
            StringBuilder sb = new StringBuilder(off < 0 ? "-" : "+");
            pad(sb, Math.abs(off) / 3600, 2, '0');
            pad(sb, Math.abs(off) / 60 % 60, 2, '0');
            return sb.toString();
        }
        return name;
    }


    private static int hour12(ZonedDateTime t) {
        int h = t.getHour() % 12;
        return h == 0 ? 12 : h;
    }

    private static boolean lowerAt(String s, int i) {
        return i < s.length() && s.charAt(i) >= 'a' && s.charAt(i) <= 'z';
    }

    /** {@code v} padded on the left with {@code fill} to {@code width} characters. */
    public static String pad(int v, int width, char fill) {
        StringBuilder sb = new StringBuilder();
        pad(sb, v, width, fill);
        return sb.toString();
    }

    private static void pad(StringBuilder out, int v, int width, char fill) {
        String s = Integer.toString(Math.abs(v));
        if (v < 0) {
            out.append('-');
        }
        out.append(String.valueOf(fill).repeat(Math.max(0, width - s.length()))).append(s);
    }
}
