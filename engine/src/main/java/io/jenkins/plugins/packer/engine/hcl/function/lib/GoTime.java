package io.jenkins.plugins.packer.engine.hcl.function.lib;

import io.jenkins.plugins.packer.engine.gotime.GoTimeLayout;

import io.jenkins.plugins.packer.engine.hcl.value.Quote;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;

/**
 * RFC 3339 timestamps parsed the way Go's {@code time.Parse(time.RFC3339, s)} parses them (one- or
 * two-digit hours, optional fractional seconds, {@code Z} or {@code ±hh:mm}), with go-cty's translation of
 * Go's parse errors into messages such as {@code not a valid RFC3339 timestamp: cannot use "x" as year}.
 */
final class GoTime {

    /** A failed parse; the message is go-cty's wording. */
    static final class TimestampException extends Exception {
        private static final long serialVersionUID = 1L;

        TimestampException(String message) {
            super(message);
        }
    }

    private static final String PREFIX = "not a valid RFC3339 timestamp";

    private String value;
    private int year;
    private int month;
    private int day;
    private int hour;
    private int minute;
    private int second;
    private int nanos;

    private GoTime(String value) {
        this.value = value;
    }

    /** Parses {@code ts}; {@code separator} is 'T' for RFC 3339 proper, ' ' for the spaced variant. */
    static OffsetDateTime parse(String ts, char separator) throws TimestampException {
        GoTime p = new GoTime(ts);
        p.year();
        p.literal("-");
        p.month = p.number("01", true, 1, 12, "month");
        p.literal("-");
        p.day = p.number("02", true, 0, 99, null);
        p.literal(String.valueOf(separator));
        p.hour = p.number("15", false, 0, 23, "hour");
        p.literal(":");
        p.minute = p.number("04", true, 0, 59, "minute");
        p.literal(":");
        p.second = p.number("05", true, 0, 59, "second");
        p.fraction();
        ZoneOffset offset = p.zone();
        if (!p.value.isEmpty()) {
            throw p.error("", p.value, ": extra text: " + GoText.timeQuote(p.value));
        }
        if (p.day < 1 || p.day > YearMonth.of(p.year, p.month).lengthOfMonth()) {
            throw p.error("", "", ": day out of range");
        }
        return OffsetDateTime.of(p.year, p.month, p.day, p.hour, p.minute, p.second, p.nanos, offset);
    }

    /** Go's {@code t.Format(time.RFC3339)}. */
    static String formatRfc3339(OffsetDateTime t) {
        return GoTimeLayout.format(t, "2006-01-02T15:04:05Z07:00");
    }

    private void year() throws TimestampException {
        if (value.length() < 4 || !value.substring(0, 4).matches("[0-9]{4}")) {
            throw error("2006", value, "");
        }
        year = Integer.parseInt(value.substring(0, 4));
        value = value.substring(4);
    }

    private void literal(String lit) throws TimestampException {
        if (lit.equals(" ")) {
            if (!value.isEmpty() && value.charAt(0) != ' ') {
                throw error(lit, value, "");
            }
            value = value.stripLeading();
            return;
        }
        if (!value.startsWith(lit)) {
            throw error(lit, value, "");
        }
        value = value.substring(lit.length());
    }

    /** Go's getnum: one or two digits (exactly two when fixed), then a range check. */
    private int number(String elem, boolean fixed, int min, int max, String what) throws TimestampException {
        String hold = value;
        if (!isDigit(0) || fixed && !isDigit(1)) {
            throw error(elem, hold, "");
        }
        int len = isDigit(1) ? 2 : 1;
        int n = Integer.parseInt(value.substring(0, len));
        value = value.substring(len);
        if (what != null && (n < min || n > max)) {
            throw error(elem, value, ": " + what + " out of range");
        }
        return n;
    }

    private void fraction() {
        if (value.length() >= 2 && (value.charAt(0) == '.' || value.charAt(0) == ',') && isDigit(1)) {
            int n = 1;
            while (isDigit(n)) {
                n++;
            }
            String digits = value.substring(1, Math.min(n, 10));
            nanos = Integer.parseInt((digits + "000000000").substring(0, 9));
            value = value.substring(n);
        }
    }

    private ZoneOffset zone() throws TimestampException {
        if (value.startsWith("Z")) {
            value = value.substring(1);
            return ZoneOffset.UTC;
        }
        String hold = value;
        if (value.length() < 6 || value.charAt(3) != ':') {
            throw error("Z07:00", hold, "");
        }
        char sign = value.charAt(0);
        String hh = value.substring(1, 3);
        String mm = value.substring(4, 6);
        value = value.substring(6);
        if (!hh.matches("[0-9]{2}") || !mm.matches("[0-9]{2}")) {
            throw error("Z07:00", hold, "");
        }
        int h = Integer.parseInt(hh);
        int m = Integer.parseInt(mm);
        if (h > 24) {
            throw error("Z07:00", value, ": time zone offset hour out of range");
        }
        if (m > 60) {
            throw error("Z07:00", value, ": time zone offset minute out of range");
        }
        if (sign != '+' && sign != '-') {
            throw error("Z07:00", hold, "");
        }
        try {
            int seconds = (h * 60 + m) * 60;
            return ZoneOffset.ofTotalSeconds(sign == '-' ? -seconds : seconds);
        } catch (DateTimeException e) {
            throw error("Z07:00", hold, ""); // Go accepts offsets up to 24:60, Java only up to 18:00
        }
    }

    private boolean isDigit(int i) {
        return i < value.length() && value.charAt(i) >= '0' && value.charAt(i) <= '9';
    }

    /** go-cty's rewording of a Go {@code time.ParseError}. */
    private TimestampException error(String layoutElem, String valueElem, String message) {
        if (layoutElem.isEmpty() && valueElem.isEmpty() && !message.isEmpty()) {
            return new TimestampException(PREFIX + message);
        }
        String what;
        switch (layoutElem) {
            case "2006" -> what = "year";
            case "01" -> what = "month";
            case "02" -> what = "day of month";
            case "15" -> what = "hour";
            case "04" -> what = "minute";
            case "05" -> what = "second";
            case "Z07:00" -> what = "UTC offset";
            case "T" -> {
                return new TimestampException(PREFIX + ": missing required time introducer 'T'");
            }
            case ":", "-" -> {
                return new TimestampException(valueElem.isEmpty()
                        ? PREFIX + ": end of string where " + Quote.go(layoutElem) + " is expected"
                        : PREFIX + ": found " + Quote.go(valueElem) + " where " + Quote.go(layoutElem)
                                + " is expected");
            }
            default -> what = "timestamp segment";
        }
        return new TimestampException(valueElem.isEmpty() ? PREFIX + ": end of string before " + what
                : PREFIX + ": cannot use " + Quote.go(valueElem) + " as " + what);
    }
}
