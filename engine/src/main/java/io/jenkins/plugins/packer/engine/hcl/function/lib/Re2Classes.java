package io.jenkins.plugins.packer.engine.hcl.function.lib;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Character classes and escapes of RE2 syntax for {@link Re2Syntax}: bracket classes with ranges, POSIX
 * classes ({@code [:alpha:]}), Perl classes ({@code \d \s \w}), Unicode classes ({@code \p{Greek}}) and
 * single-character escapes (octal, hex, C escapes, escaped punctuation). Classes are emitted as Java class
 * contents made only of code point ranges and {@code \p{Is..}} escapes, so Java's class syntax (nested
 * classes, {@code &&}) never comes into play.
 */
final class Re2Classes {

    static final String WORD = "[0-9A-Za-z_]";
    static final String ANY = "[\\x{0}-\\x{10ffff}]";
    static final String NOTHING = "[^\\x{0}-\\x{10ffff}]";

    private static final int MAX_RUNE = 0x10FFFF;

    /** Go's perl_groups.go: the ASCII classes, as inclusive ranges. */
    private static final Map<String, int[]> NAMED = Map.ofEntries(
            Map.entry("alnum", new int[] {'0', '9', 'A', 'Z', 'a', 'z'}),
            Map.entry("alpha", new int[] {'A', 'Z', 'a', 'z'}),
            Map.entry("ascii", new int[] {0, 0x7F}),
            Map.entry("blank", new int[] {'\t', '\t', ' ', ' '}),
            Map.entry("cntrl", new int[] {0, 0x1F, 0x7F, 0x7F}),
            Map.entry("digit", new int[] {'0', '9'}),
            Map.entry("graph", new int[] {'!', '~'}),
            Map.entry("lower", new int[] {'a', 'z'}),
            Map.entry("print", new int[] {' ', '~'}),
            Map.entry("punct", new int[] {'!', '/', ':', '@', '[', '`', '{', '~'}),
            Map.entry("space", new int[] {'\t', '\r', ' ', ' '}),
            Map.entry("upper", new int[] {'A', 'Z'}),
            Map.entry("word", new int[] {'0', '9', 'A', 'Z', '_', '_', 'a', 'z'}),
            Map.entry("xdigit", new int[] {'0', '9', 'A', 'F', 'a', 'f'}));

    private static final Map<Character, int[]> PERL = Map.of(
            'd', new int[] {'0', '9'},
            's', new int[] {'\t', '\n', '\f', '\r', ' ', ' '},
            'w', NAMED.get("word"));

    private static final Set<String> CATEGORIES = Set.of("C", "Cc", "Cf", "Co", "Cs", "L", "Ll", "Lm", "Lo",
            "Lt", "Lu", "M", "Mc", "Me", "Mn", "N", "Nd", "Nl", "No", "P", "Pc", "Pd", "Pe", "Pf", "Pi", "Po",
            "Ps", "S", "Sc", "Sk", "Sm", "So", "Z", "Zl", "Zp", "Zs");

    private Re2Classes() {
    }

    /** A bracket class at the parser's position; returns it in Java syntax. */
    static String parse(Re2Syntax p, String src) throws Re2Error {
        int start = p.pos();
        int t = start + 1;
        boolean negated = false;
        if (t < src.length() && src.charAt(t) == '^') {
            negated = true;
            t++;
        }
        StringBuilder items = new StringBuilder();
        boolean first = true;
        while (t >= src.length() || src.charAt(t) != ']' || first) {
            first = false;
            if (src.startsWith("[:", t) && src.indexOf(":]", t + 2) >= 0) {
                int end = src.indexOf(":]", t + 2) + 2;
                items.append(named(src.substring(t, end)));
                t = end;
                continue;
            }
            p.pos(t);
            String cls = t < src.length() && src.charAt(t) == '\\' ? classEscape(p, src) : null;
            if (cls != null) {
                items.append(cls);
                t = p.pos();
                continue;
            }
            int rangeStart = t;
            int lo = classChar(p, src, t, start);
            t = p.pos();
            int hi = lo;
            if (t + 1 < src.length() && src.charAt(t) == '-' && src.charAt(t + 1) != ']') {
                hi = classChar(p, src, t + 1, start);
                t = p.pos();
                if (hi < lo) {
                    throw new Re2Error(Re2Error.INVALID_RANGE, src.substring(rangeStart, t));
                }
            }
            appendRange(items, lo, hi);
        }
        p.pos(t + 1);
        if (items.length() == 0) {
            return negated ? ANY : NOTHING;
        }
        return "[" + (negated ? "^" : "") + items + "]";
    }

    private static int classChar(Re2Syntax p, String src, int t, int classStart) throws Re2Error {
        if (t >= src.length()) {
            throw new Re2Error(Re2Error.MISSING_BRACKET, src.substring(classStart));
        }
        if (src.charAt(t) == '\\') {
            p.pos(t);
            return escapedChar(p, src);
        }
        int cp = src.codePointAt(t);
        p.pos(t + Character.charCount(cp));
        return cp;
    }

    private static String named(String text) throws Re2Error {
        String name = text.substring(2, text.length() - 2);
        boolean negated = name.startsWith("^");
        int[] ranges = NAMED.get(negated ? name.substring(1) : name);
        if (ranges == null) {
            throw new Re2Error(Re2Error.INVALID_RANGE, text);
        }
        return ranges(negated ? complement(ranges) : ranges);
    }

    /**
     * A Perl ({@code \d}) or Unicode ({@code \p{Greek}}) class escape at the parser's position, as Java class
     * contents; null (position unchanged) when the escape is not a class.
     */
    static String classEscape(Re2Syntax p, String src) throws Re2Error {
        int t = p.pos();
        if (t + 1 >= src.length()) {
            return null;
        }
        char c = src.charAt(t + 1);
        int[] perl = PERL.get(Character.toLowerCase(c));
        if (perl != null && "dswDSW".indexOf(c) >= 0) {
            p.pos(t + 2);
            return ranges(Character.isUpperCase(c) ? complement(perl) : perl);
        }
        if (c != 'p' && c != 'P') {
            return null;
        }
        boolean negated = c == 'P';
        String seq;
        String name;
        if (t + 2 < src.length() && src.charAt(t + 2) == '{') {
            int end = src.indexOf('}', t);
            if (end < 0) {
                throw new Re2Error(Re2Error.INVALID_RANGE, src.substring(t));
            }
            seq = src.substring(t, end + 1);
            name = src.substring(t + 3, end);
        } else {
            int len = t + 2 < src.length() ? Character.charCount(src.codePointAt(t + 2)) : 0;
            seq = src.substring(t, t + 2 + len);
            name = seq.substring(2);
        }
        if (name.startsWith("^")) {
            negated = !negated;
            name = name.substring(1);
        }
        String java;
        if (name.equals("Any")) {
            java = negated ? "" : ranges(new int[] {0, MAX_RUNE});
        } else if (CATEGORIES.contains(name) || isScript(name)) {
            java = (negated ? "\\P{Is" : "\\p{Is") + name + "}";
        } else {
            throw new Re2Error(Re2Error.INVALID_RANGE, seq);
        }
        p.pos(t + seq.length());
        return java;
    }

    private static boolean isScript(String name) {
        if (name.isEmpty() || !Character.isUpperCase(name.charAt(0))) {
            return false;
        }
        try {
            Character.UnicodeScript.forName(name);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** An escape that stands for one character (Go's parseEscape), at the parser's position. */
    static int escapedChar(Re2Syntax p, String src) throws Re2Error {
        int start = p.pos();
        int t = start + 1;
        if (t >= src.length()) {
            throw new Re2Error(Re2Error.TRAILING_BACKSLASH, "");
        }
        int c = src.codePointAt(t);
        t += Character.charCount(c);
        if (c < 0x80 && !Character.isLetterOrDigit(c)) {
            p.pos(t);
            return c;
        }
        if (c >= '0' && c <= '7') {
            boolean octalNext = t < src.length() && src.charAt(t) >= '0' && src.charAt(t) <= '7';
            if (c != '0' && !octalNext) {
                throw new Re2Error(Re2Error.INVALID_ESCAPE, src.substring(start, t));
            }
            int r = c - '0';
            for (int k = 1; k < 3 && t < src.length() && src.charAt(t) >= '0' && src.charAt(t) <= '7'; k++) {
                r = r * 8 + src.charAt(t++) - '0';
            }
            p.pos(t);
            return r;
        }
        int simple = switch (c) {
            case 'a' -> 7;
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'v' -> 0x0B;
            default -> -1;
        };
        if (simple >= 0) {
            p.pos(t);
            return simple;
        }
        if (c == 'x') {
            return hexEscape(p, src, start, t);
        }
        throw new Re2Error(Re2Error.INVALID_ESCAPE, src.substring(start, t));
    }

    private static int hexEscape(Re2Syntax p, String src, int start, int t) throws Re2Error {
        if (t >= src.length()) {
            throw new Re2Error(Re2Error.INVALID_ESCAPE, src.substring(start, t));
        }
        if (src.charAt(t) == '{') {
            t++;
            int r = 0;
            int digits = 0;
            while (true) {
                if (t >= src.length()) {
                    throw new Re2Error(Re2Error.INVALID_ESCAPE, src.substring(start, t));
                }
                int c = src.codePointAt(t);
                t += Character.charCount(c);
                if (c == '}') {
                    break;
                }
                int v = Character.digit(c, 16);
                if (v < 0 || c > 0x7F) {
                    throw new Re2Error(Re2Error.INVALID_ESCAPE, src.substring(start, t));
                }
                r = r * 16 + v;
                if (r > MAX_RUNE) {
                    throw new Re2Error(Re2Error.INVALID_ESCAPE, src.substring(start, t));
                }
                digits++;
            }
            if (digits == 0) {
                throw new Re2Error(Re2Error.INVALID_ESCAPE, src.substring(start, t));
            }
            p.pos(t);
            return r;
        }
        int x = hexDigit(src, t);
        t += Character.charCount(src.codePointAt(t));
        int y = t < src.length() ? hexDigit(src, t) : -1;
        t = Math.min(src.length(), t + (t < src.length() ? Character.charCount(src.codePointAt(t)) : 0));
        if (x < 0 || y < 0) {
            throw new Re2Error(Re2Error.INVALID_ESCAPE, src.substring(start, t));
        }
        p.pos(t);
        return x * 16 + y;
    }

    private static int hexDigit(String src, int t) {
        int c = src.codePointAt(t);
        return c > 0x7F ? -1 : Character.digit(c, 16);
    }

    // ---------------------------------------------------------------- ranges

    private static void appendRange(StringBuilder sb, int lo, int hi) {
        sb.append(Re2Syntax.literal(lo));
        if (hi != lo) {
            sb.append('-').append(Re2Syntax.literal(hi));
        }
    }

    private static String ranges(int[] ranges) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < ranges.length; k += 2) {
            appendRange(sb, ranges[k], ranges[k + 1]);
        }
        return sb.toString();
    }

    /** The complement of sorted, disjoint inclusive ranges within [0, MAX_RUNE]. */
    private static int[] complement(int[] ranges) {
        List<Integer> out = new ArrayList<>();
        int next = 0;
        for (int k = 0; k < ranges.length; k += 2) {
            if (ranges[k] > next) {
                out.add(next);
                out.add(ranges[k] - 1);
            }
            next = ranges[k + 1] + 1;
        }
        if (next <= MAX_RUNE) {
            out.add(next);
            out.add(MAX_RUNE);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
