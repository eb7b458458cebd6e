package io.jenkins.plugins.packer.engine.ui;

import java.time.Duration;

/**
 * Durations as Packer prints them ({@code github.com/hako/durafmt}, {@code Parse(d).LimitFirstN(2)}):
 * {@code 17 milliseconds 656 microseconds}, {@code 1 minute 30 seconds}, {@code 2 hours 1 second}.
 * Units from years down to microseconds, zero units left out, singular for 1, only the first N units kept;
 * a zero duration is {@code 0 seconds}. Weeks and days follow durafmt's arithmetic (365-day years).
 */
public final class Durafmt {

    private static final String[] UNITS =
            {"years", "weeks", "days", "hours", "minutes", "seconds", "milliseconds", "microseconds"};

    private Durafmt() {
    }

    /** Packer's format: the first two units. */
    public static String packer(Duration d) {
        return format(d, 2);
    }

    /** durafmt with {@code LimitFirstN(limit)}; 0 means no limit. */
    public static String format(Duration d, int limit) {
        long nanos = d.toNanos();
        StringBuilder out = new StringBuilder();
        if (nanos < 0) {
            out.append('-');
            nanos = -nanos;
        }
        if (nanos == 0) {
            return "0 seconds";
        }
        long totalDays = nanos / 86_400_000_000_000L;
        long seconds = nanos / 1_000_000_000L % 60;
        long minutes = nanos / 60_000_000_000L % 60;
        long hours = nanos / 3_600_000_000_000L % 24;
        long days = totalDays % 365 % 7;
        long weeks = totalDays % 365 / 7;
        long years = totalDays / 365;
        long millis = nanos / 1_000_000L - seconds * 1000 - minutes * 60_000 - hours * 3_600_000
                - days * 86_400_000L - weeks * 604_800_000L - years * 31_536_000_000L;
        long micros = nanos / 1000 - millis * 1000 - seconds * 1_000_000 - minutes * 60_000_000L
                - hours * 3_600_000_000L - days * 86_400_000_000L - weeks * 604_800_000_000L
                - years * 31_536_000_000_000L;
        long[] values = {years, weeks, days, hours, minutes, seconds, millis, micros};
        int shown = 0;
        for (int i = 0; i < UNITS.length; i++) {
            long v = values[i];
            if (v == 0) {
                continue;
            }
            if (limit > 0 && shown == limit) {
                break;
            }
            if (shown > 0) {
                out.append(' ');
            }
            String unit = v == 1 ? UNITS[i].substring(0, UNITS[i].length() - 1) : UNITS[i];
            out.append(v).append(' ').append(unit);
            shown++;
        }
        return out.toString();
    }
}
