package io.jenkins.plugins.packer.engine.gotime;

import java.time.ZonedDateTime;
import java.util.Map;

/**
 * The {@code strftime} of Packer's legacy templates (jehiah/go-strftime): {@code %Y %y %m %d %H %I %M %S %L
 * %p %a %A %b %B %z %Z} and {@code %%}; any other directive and a trailing {@code %} are copied as written;
 * text between directives is copied (it is not a Go layout).
 */
public final class Strftime {

    private static final Map<Character, String> DIRECTIVES = Map.ofEntries(
            Map.entry('B', "January"), Map.entry('b', "Jan"), Map.entry('m', "01"), Map.entry('A', "Monday"),
            Map.entry('a', "Mon"), Map.entry('d', "02"), Map.entry('H', "15"), Map.entry('I', "03"),
            Map.entry('M', "04"), Map.entry('S', "05"), Map.entry('Y', "2006"), Map.entry('y', "06"),
            Map.entry('p', "PM"), Map.entry('Z', "MST"), Map.entry('z', "-0700"), Map.entry('L', ".000"));

    private Strftime() {
    }

    public static String format(String format, java.time.OffsetDateTime t) {
        return format(format, t.toZonedDateTime());
    }

    public static String format(String format, ZonedDateTime t) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < format.length()) {
            int pct = format.indexOf('%', i);
            if (pct < 0) {
                out.append(format, i, format.length());
                break;
            }
            out.append(format, i, pct);
            if (pct + 1 >= format.length()) {
                out.append('%');
                break;
            }
            char c = format.charAt(pct + 1);
            if (c == '%') {
                out.append('%');
            } else if (DIRECTIVES.containsKey(c)) {
                out.append(GoTimeLayout.format(t, DIRECTIVES.get(c)));
            } else {
                out.append('%').append(c);
            }
            i = pct + 2;
        }
        return out.toString();
    }
}
