package io.jenkins.plugins.packer.engine.template.legacy;

import java.util.ArrayList;
import java.util.List;

/** Go's {@code strings.Split} and {@code strings.Replace}, whose empty-separator rules differ from Java's. */
final class GoStrings {

    private GoStrings() {
    }

    /** {@code strings.Split(s, sep)}: an empty separator splits into characters; an empty string gives {@code [""]}. */
    static List<String> split(String s, String sep) {
        List<String> out = new ArrayList<>();
        if (sep.isEmpty()) {
            s.codePoints().forEach(cp -> out.add(new String(Character.toChars(cp))));
            return out;
        }
        int from = 0;
        while (true) {
            int at = s.indexOf(sep, from);
            if (at < 0) {
                out.add(s.substring(from));
                return out;
            }
            out.add(s.substring(from, at));
            from = at + sep.length();
        }
    }

    /**
     * {@code strings.Replace(s, old, new, n)}: at most {@code n} replacements ({@code n < 0}: all); an empty
     * {@code old} matches at the start and after every character.
     */
    static String replace(String s, String old, String neu, int n) {
        if (old.equals(neu) || n == 0) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        int count = 0;
        int i = 0;
        if (old.isEmpty()) {
            int[] cps = s.codePoints().toArray();
            for (int k = 0; k <= cps.length; k++) {
                if (n < 0 || count < n) {
                    out.append(neu);
                    count++;
                }
                if (k < cps.length) {
                    out.appendCodePoint(cps[k]);
                }
            }
            return out.toString();
        }
        while (n < 0 || count < n) {
            int at = s.indexOf(old, i);
            if (at < 0) {
                break;
            }
            out.append(s, i, at).append(neu);
            i = at + old.length();
            count++;
        }
        return out.append(s.substring(i)).toString();
    }
}
