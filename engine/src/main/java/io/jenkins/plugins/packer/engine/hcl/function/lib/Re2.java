package io.jenkins.plugins.packer.engine.hcl.function.lib;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compiled RE2 pattern ({@link Re2Syntax#compile}) with Go's matching rules: successive matches as Go's
 * FindAll and ReplaceAll find them (an empty match right after a previous match is skipped), and Go's
 * {@code $name}/{@code ${name}} replacement templates.
 *
 * @param groupNames the name of each capture group by number ("" for unnamed ones); index 0 is the whole match
 */
record Re2(Pattern pattern, List<String> groupNames) {

    /** The number of capture groups. */
    int groupCount() {
        return groupNames.size() - 1;
    }

    /** The leftmost match, or null. */
    MatchResult find(String s) {
        Matcher m = pattern.matcher(s);
        return m.find() ? m.toMatchResult() : null;
    }

    /** All successive non-overlapping matches (Go's FindAllStringSubmatchIndex with n = -1). */
    List<MatchResult> findAll(String s) {
        List<MatchResult> out = new ArrayList<>();
        Matcher m = pattern.matcher(s);
        int pos = 0;
        int prevEnd = -1;
        while (pos <= s.length() && m.find(pos)) {
            boolean accept = true;
            if (m.end() == m.start()) {
                if (m.start() == prevEnd) {
                    accept = false;
                }
                pos = m.end() + (m.end() < s.length() ? Character.charCount(s.codePointAt(m.end())) : 1);
            } else {
                pos = m.end();
            }
            prevEnd = m.end();
            if (accept) {
                out.add(m.toMatchResult());
            }
        }
        return out;
    }

    /** Go's ReplaceAllString: every match replaced by the expanded {@code template}. */
    String replaceAll(String s, String template) {
        StringBuilder out = new StringBuilder();
        Matcher m = pattern.matcher(s);
        int lastEnd = 0;
        int searchPos = 0;
        while (searchPos <= s.length() && m.find(searchPos)) {
            out.append(s, lastEnd, m.start());
            if (m.end() > lastEnd || m.start() == 0) {
                expand(out, template, s, m);
            }
            lastEnd = m.end();
            int width = searchPos < s.length() ? Character.charCount(s.codePointAt(searchPos)) : 0;
            if (searchPos + width > m.end()) {
                searchPos += width;
            } else if (searchPos + 1 > m.end()) {
                searchPos++;
            } else {
                searchPos = m.end();
            }
        }
        out.append(s, lastEnd, s.length());
        return out.toString();
    }

    /** Go's Regexp.Expand: {@code $$} is a dollar, {@code $name}/{@code ${name}} a group by number or name. */
    private void expand(StringBuilder out, String template, String src, MatchResult m) {
        int i = 0;
        while (i < template.length()) {
            int dollar = template.indexOf('$', i);
            if (dollar < 0) {
                break;
            }
            out.append(template, i, dollar);
            i = dollar + 1;
            if (i < template.length() && template.charAt(i) == '$') {
                out.append('$');
                i++;
                continue;
            }
            int[] ref = reference(template, i);
            if (ref == null) {
                out.append('$');
                continue;
            }
            String name = template.substring(ref[0], ref[1]);
            i = ref[2];
            int group = groupNumber(name);
            if (group < 0) {
                group = groupNames.indexOf(name);
            }
            if (group >= 0 && group <= groupCount() && m.start(group) >= 0) {
                out.append(src, m.start(group), m.end(group));
            }
        }
        out.append(template, Math.min(i, template.length()), template.length());
    }

    /** The name after a '$' at {@code i}: {start, end, rest}, or null when malformed. */
    private static int[] reference(String t, int i) {
        boolean brace = i < t.length() && t.charAt(i) == '{';
        int start = brace ? i + 1 : i;
        int end = start;
        while (end < t.length()) {
            int c = t.codePointAt(end);
            if (!(Character.isLetter(c) || Character.isDigit(c) || c == '_')) {
                break;
            }
            end += Character.charCount(c);
        }
        if (end == start) {
            return null;
        }
        int rest = end;
        if (brace) {
            if (end >= t.length() || t.charAt(end) != '}') {
                return null;
            }
            rest++;
        }
        return new int[] {start, end, rest};
    }

    /** A group number written in decimal without leading zeros, or -1 when {@code name} is a name. */
    private static int groupNumber(String name) {
        int n = 0;
        for (int k = 0; k < name.length(); k++) {
            char c = name.charAt(k);
            if (c < '0' || c > '9' || n >= 100_000_000) {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return name.length() > 1 && name.charAt(0) == '0' ? -1 : n;
    }
}
