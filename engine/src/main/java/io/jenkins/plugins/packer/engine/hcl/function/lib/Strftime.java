package io.jenkins.plugins.packer.engine.hcl.function.lib;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * The strftime subset of the Go library Packer uses for {@code legacy_strftime} (jehiah/go-strftime):
 * {@code %a %A %b %B %d %H %I %L %m %M %p %S %y %Y %z %Z} and {@code %%}; any other sequence is copied.
 */
final class Strftime {

    private static final Map<Character, String> LAYOUTS = Map.ofEntries(
            Map.entry('B', "January"), Map.entry('b', "Jan"), Map.entry('m', "01"), Map.entry('A', "Monday"),
            Map.entry('a', "Mon"), Map.entry('d', "02"), Map.entry('H', "15"), Map.entry('I', "03"),
            Map.entry('M', "04"), Map.entry('S', "05"), Map.entry('Y', "2006"), Map.entry('y', "06"),
            Map.entry('p', "PM"), Map.entry('Z', "MST"), Map.entry('z', "-0700"), Map.entry('L', ".000"));

    private Strftime() {
    }

    static String format(String format, OffsetDateTime t) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < format.length()) {
            int pct = format.indexOf('%', i);
            if (pct < 0) {
                out.append(format, i, format.length());
                break;
            }
            out.append(format, i, pct);
            if (pct + 1 < format.length()) {
                char c = format.charAt(pct + 1);
                String layout = LAYOUTS.get(c);
                if (c == '%') {
                    out.append('%');
                } else if (layout != null) {
                    out.append(GoTimeLayout.format(layout, t));
                } else {
                    out.append('%').append(c);
                }
            } else {
                out.append('%');
            }
            i = pct + 2;
        }
        return out.toString();
    }
}
