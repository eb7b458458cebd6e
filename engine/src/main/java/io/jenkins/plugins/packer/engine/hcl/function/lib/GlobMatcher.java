package io.jenkins.plugins.packer.engine.hcl.function.lib;

import java.util.ArrayList;
import java.util.List;

/** The pattern-level pieces of doublestar v1.3: matching one path element, alternatives, escaping. */
final class GlobMatcher {

    /** The alternatives of a {@code {...}} group and the index just after its closing brace. */
    record Alternatives(List<String> options, int end) {
    }

    private GlobMatcher() {
    }

    /**
     * Matches {@code name} (one path element) against the start of {@code pattern}: null for no match, an
     * empty list when the whole pattern is used up, otherwise the pattern(s) left for the next elements.
     */
    static List<String> matchComponent(String pattern, String name) throws Glob.BadPatternException {
        int p = 0;
        int n = 0;
        while (p < pattern.length() && n < name.length()) {
            int pc = pattern.codePointAt(p);
            int nc = name.codePointAt(n);
            int nAdj = Character.charCount(nc);
            if (pc == '/') {
                p++;
                break;
            } else if (pc == '\\') {
                p++;
                if (p >= pattern.length()) {
                    throw new Glob.BadPatternException();
                }
                pc = pattern.codePointAt(p);
                if (pc != nc) {
                    return null;
                }
                p += Character.charCount(pc);
                n += nAdj;
            } else if (pc == '*') {
                p++;
                if (p >= pattern.length()) {
                    return List.of();
                }
                if (pattern.charAt(p) == '/') {
                    return List.of(pattern.substring(p + 1));
                }
                for (; n < name.length(); n += Character.charCount(name.codePointAt(n))) {
                    List<String> m = matchComponent(pattern.substring(p), name.substring(n));
                    if (m != null) {
                        return m;
                    }
                }
                return null;
            } else if (pc == '[') {
                p++;
                int end = indexWithEscaping(pattern, p, ']');
                if (end < 0) {
                    throw new Glob.BadPatternException();
                }
                if (!inClass(pattern.substring(p, end).codePoints().toArray(), nc)) {
                    return null;
                }
                p = end + 1;
                n += nAdj;
            } else if (pc == '{') {
                Alternatives alt = splitAlternatives(pattern.substring(p + 1));
                if (alt == null) {
                    throw new Glob.BadPatternException();
                }
                String rest = pattern.substring(p + 1 + alt.end());
                List<String> all = null;
                for (String o : alt.options()) {
                    List<String> m = matchComponent(o + rest, name.substring(n));
                    if (m != null) {
                        all = all == null ? new ArrayList<>() : all;
                        all.addAll(m);
                    }
                }
                return all;
            } else if (pc == '?' || pc == nc) {
                p += Character.charCount(pc);
                n += nAdj;
            } else {
                return null;
            }
        }
        if (n >= name.length()) {
            if (p >= pattern.length()) {
                return List.of();
            }
            String rest = pattern.substring(p);
            int slash = indexWithEscaping(rest, 0, '/');
            if (isZeroLength(slash >= 0 ? rest.substring(0, slash) : rest)) {
                return slash == -1 ? List.of() : List.of(rest.substring(slash + 1));
            }
        }
        return null;
    }

    private static boolean inClass(int[] cls, int r) throws Glob.BadPatternException {
        if (cls.length == 0) {
            throw new Glob.BadPatternException();
        }
        int i = cls[0] == '^' ? 1 : 0;
        boolean matched = false;
        while (i < cls.length) {
            int low = cls[i++];
            if (low == '-') {
                throw new Glob.BadPatternException();
            }
            if (low == '\\') {
                if (i >= cls.length) {
                    throw new Glob.BadPatternException();
                }
                low = cls[i++];
            }
            int high = low;
            if (i < cls.length && cls[i] == '-') {
                i++;
                if (i >= cls.length || cls[i] == '-') {
                    throw new Glob.BadPatternException();
                }
                high = cls[i++];
                if (high == '\\') {
                    if (i >= cls.length) {
                        throw new Glob.BadPatternException();
                    }
                    high = cls[i++];
                }
            }
            if (low <= r && r <= high) {
                matched = true;
            }
        }
        return matched != (cls[0] == '^');
    }

    /** Whether a pattern element can match the empty string: "", *, **, or alternatives allowing it. */
    private static boolean isZeroLength(String pattern) throws Glob.BadPatternException {
        if (pattern.isEmpty() || pattern.equals("*") || pattern.equals("**")) {
            return true;
        }
        if (pattern.charAt(0) == '{') {
            Alternatives alt = splitAlternatives(pattern.substring(1));
            if (alt == null) {
                throw new Glob.BadPatternException();
            }
            if (!isZeroLength(pattern.substring(1 + alt.end()))) {
                return false;
            }
            for (String o : alt.options()) {
                if (isZeroLength(o)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Splits "a,b}rest" (nesting and escapes respected); null when the brace is not closed. */
    static Alternatives splitAlternatives(String s) {
        List<String> options = new ArrayList<>();
        int depth = 1;
        boolean escaped = false;
        int start = 0;
        int i = 0;
        while (depth > 0) {
            if (i >= s.length()) {
                return null;
            }
            char c = s.charAt(i);
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == ',' && depth == 1) {
                options.add(s.substring(start, i));
                start = i + 1;
            }
            i++;
        }
        options.add(s.substring(start, i - 1));
        return new Alternatives(options, i);
    }

    static int indexWithEscaping(String s, int from, char c) {
        int end = s.indexOf(c, from);
        if (end > from && s.charAt(end - 1) == '\\') {
            return indexWithEscaping(s, end + 1, c);
        }
        return end;
    }

    static int lastIndexWithEscaping(String s, char c) {
        int end = s.lastIndexOf(c);
        if (end > 0 && s.charAt(end - 1) == '\\') {
            return lastIndexWithEscaping(s.substring(0, end - 1), c);
        }
        return end;
    }

    static int indexAnyWithEscaping(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                if (i > 0 && s.charAt(i - 1) == '\\') {
                    int rest = indexAnyWithEscaping(s.substring(i + 1), chars);
                    return rest < 0 ? -1 : i + 1 + rest;
                }
                return i;
            }
        }
        return -1;
    }
}
