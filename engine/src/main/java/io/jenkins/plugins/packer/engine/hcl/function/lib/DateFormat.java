package io.jenkins.plugins.packer.engine.hcl.function.lib;

import io.jenkins.plugins.packer.engine.gotime.GoTimeLayout;

import io.jenkins.plugins.packer.engine.hcl.value.Quote;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionException;
import java.time.OffsetDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The layout language of {@code formatdate} (go-cty): runs of a letter are verbs ({@code YYYY},
 * {@code MMM}, {@code DD}, {@code EEEE}, {@code hh}, {@code HH}, {@code aa}, {@code mm}, {@code ss},
 * {@code ZZZZZ}, ...), other characters are copied, and {@code '...'} quotes literal text ({@code ''} is a
 * quote). Errors concern the format, argument 0.
 */
final class DateFormat {

    private DateFormat() {
    }

    static String format(String spec, OffsetDateTime t) throws FunctionException {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < spec.length()) {
            char c = spec.charAt(i);
            int end;
            if (c == '\'') {
                end = quotedEnd(spec, i);
                String tok = spec.substring(i, end);
                if (tok.length() == 1 || tok.charAt(tok.length() - 1) != '\'') {
                    throw new FunctionException(0, "unterminated literal '");
                }
                out.append(tok.length() == 2 ? "'" : tok.substring(1, tok.length() - 1).replace("''", "'"));
            } else if (isVerb(c)) {
                end = i + 1;
                while (end < spec.length() && spec.charAt(end) == c) {
                    end++;
                }
                verb(spec.substring(i, end), t, out);
            } else {
                end = i + 1;
                while (end < spec.length() && spec.charAt(end) != '\'' && !isVerb(spec.charAt(end))) {
                    end++;
                }
                out.append(spec, i, end);
            }
            i = end;
        }
        return out.toString();
    }

    /** End of the quoted token starting at {@code start}: after its closing quote, or the input's end. */
    private static int quotedEnd(String s, int start) {
        if (start + 1 < s.length() && s.charAt(start + 1) == '\'') {
            return start + 2;
        }
        for (int i = start + 1; i < s.length(); i++) {
            if (s.charAt(i) == '\'') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '\'') {
                    i++;
                    continue;
                }
                return i + 1;
            }
        }
        return s.length();
    }

    private static boolean isVerb(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static void verb(String tok, OffsetDateTime t, StringBuilder out) throws FunctionException {
        int n = tok.length();
        switch (tok.charAt(0)) {
            case 'Y' -> out.append(switch (n) {
                case 2 -> GoTimeLayout.pad(Math.floorMod(t.getYear(), 100), 2, '0');
                case 4 -> GoTimeLayout.pad(t.getYear(), 4, '0');
                default -> throw bad(tok, "year must either be \"YY\" or \"YYYY\"");
            });
            case 'M' -> out.append(switch (n) {
                case 1 -> String.valueOf(t.getMonthValue());
                case 2 -> GoTimeLayout.pad(t.getMonthValue(), 2, '0');
                case 3 -> t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
                case 4 -> t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                default -> throw bad(tok, "month must be \"M\", \"MM\", \"MMM\", or \"MMMM\"");
            });
            case 'D' -> out.append(number(tok, t.getDayOfMonth(), "day of month must either be \"D\" or \"DD\""));
            case 'E' -> out.append(switch (n) {
                case 3 -> t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
                case 4 -> t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                default -> throw bad(tok, "day of week must either be \"EEE\" or \"EEEE\"");
            });
            case 'h' -> out.append(number(tok, t.getHour(), "24-hour must either be \"h\" or \"hh\""));
            case 'H' -> out.append(number(tok, t.getHour() % 12 == 0 ? 12 : t.getHour() % 12,
                    "12-hour must either be \"H\" or \"HH\""));
            case 'A', 'a' -> {
                if (n != 2) {
                    throw bad(tok, "must be \"" + tok.charAt(0) + tok.charAt(0) + "\"");
                }
                String marker = t.getHour() < 12 ? "AM" : "PM";
                out.append(tok.charAt(0) == 'A' ? marker : marker.toLowerCase(Locale.ROOT));
            }
            case 'm' -> out.append(number(tok, t.getMinute(), "minute must either be \"m\" or \"mm\""));
            case 's' -> out.append(number(tok, t.getSecond(), "second must either be \"s\" or \"ss\""));
            case 'Z' -> out.append(switch (n) {
                case 1 -> GoTimeLayout.format(t, "Z07:00");
                case 3 -> t.getOffset().getTotalSeconds() / 60 == 0 ? "UTC" : GoTimeLayout.format(t, "-0700");
                case 4 -> GoTimeLayout.format(t, "-0700");
                case 5 -> GoTimeLayout.format(t, "-07:00");
                default -> throw bad(tok, "timezone must be Z, ZZZZ, or ZZZZZ");
            });
            default -> throw new FunctionException(0, "invalid date format verb " + Quote.go(tok));
        }
    }

    private static String number(String tok, int v, String rule) throws FunctionException {
        return switch (tok.length()) {
            case 1 -> String.valueOf(v);
            case 2 -> GoTimeLayout.pad(v, 2, '0');
            default -> throw bad(tok, rule);
        };
    }

    private static FunctionException bad(String tok, String rule) {
        return new FunctionException(0, "invalid date format verb " + Quote.go(tok) + ": " + rule);
    }
}
