package io.jenkins.plugins.packer.engine.hcl.function.lib;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Translates an RE2 pattern (Go's regexp syntax, which HCL functions use) into an equivalent
 * java.util.regex pattern, rejecting what Go rejects with Go's error codes: look-arounds, backreferences,
 * possessive or doubled repetitions, repeat counts over 1000 and so on. Named groups ({@code (?P<n>..)} and
 * {@code (?<n>..)}) become plain groups whose names are kept in {@link Re2#groupNames()}, so Go's name rules
 * apply. Go semantics that Java spells differently are rewritten: {@code $} without the m flag only matches
 * at the end of the text, {@code .} excludes only newline, {@code \d \s \w \b} are ASCII, the U flag swaps
 * greedy and lazy repetitions, and classes are emitted as plain code point ranges.
 */
final class Re2Syntax {

    private record Flags(boolean i, boolean m, boolean s, boolean ungreedy) {
    }

    private final String src;
    private final StringBuilder out = new StringBuilder();
    private final List<String> names = new ArrayList<>(List.of(""));
    private final Deque<Flags> groups = new ArrayDeque<>();
    private Flags flags = new Flags(false, false, false, false);
    private int pos;
    private boolean hasOperand;
    private int lastRepeat = -1;

    private Re2Syntax(String src) {
        this.src = src;
    }

    /** Compiles {@code pattern} with Go's syntax and semantics. */
    static Re2 compile(String pattern) throws Re2Error {
        Re2Syntax t = new Re2Syntax(pattern);
        t.parse();
        try {
            return new Re2(Pattern.compile(t.out.toString(), Pattern.UNIX_LINES | Pattern.UNICODE_CASE),
                    List.copyOf(t.names));
        } catch (PatternSyntaxException e) {
            throw new Re2Error("regexp/syntax: internal error", pattern);
        }
    }

    private void parse() throws Re2Error {
        while (pos < src.length()) {
            int repeat = -1;
            char c = src.charAt(pos);
            switch (c) {
                case '(' -> openGroup();
                case '|' -> {
                    out.append('|');
                    hasOperand = false;
                    pos++;
                }
                case ')' -> {
                    if (groups.isEmpty()) {
                        throw new Re2Error(Re2Error.UNEXPECTED_PAREN, src);
                    }
                    flags = groups.pop();
                    out.append(')');
                    hasOperand = true;
                    pos++;
                }
                case '^' -> atomAdvance("^", 1);
                case '$' -> atomAdvance(flags.m ? "$" : "\\z", 1);
                case '.' -> atomAdvance(".", 1);
                case '[' -> {
                    String cls = Re2Classes.parse(this, src);
                    atom(cls);
                }
                case '*', '+', '?' -> repeat = repetition(String.valueOf(c), pos + 1);
                case '{' -> repeat = brace();
                case '\\' -> escape();
                default -> {
                    int cp = src.codePointAt(pos);
                    pos += Character.charCount(cp);
                    atom(literal(cp));
                }
            }
            lastRepeat = repeat;
        }
        if (!groups.isEmpty()) {
            throw new Re2Error(Re2Error.MISSING_PAREN, src);
        }
    }

    // ---------------------------------------------------------------- state used by Re2Classes

    int pos() {
        return pos;
    }

    void pos(int p) {
        pos = p;
    }

    boolean foldCase() {
        return flags.i;
    }

    // ---------------------------------------------------------------- atoms

    private void atom(String javaText) {
        out.append(javaText);
        hasOperand = true;
    }

    private void atomAdvance(String javaText, int length) {
        pos += length;
        atom(javaText);
    }

    /** A literal code point in Java syntax. */
    static String literal(int cp) {
        if ((cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) {
            return String.valueOf((char) cp);
        }
        return "\\x{" + Integer.toHexString(cp) + "}";
    }

    private void escape() throws Re2Error {
        if (pos + 1 >= src.length()) {
            throw new Re2Error(Re2Error.TRAILING_BACKSLASH, "");
        }
        char c = src.charAt(pos + 1);
        switch (c) {
            case 'A' -> atomAdvance("\\A", 2);
            case 'z' -> atomAdvance("\\z", 2);
            case 'b' -> atomAdvance("(?:(?<=" + Re2Classes.WORD + ")(?!" + Re2Classes.WORD + ")|(?<!"
                    + Re2Classes.WORD + ")(?=" + Re2Classes.WORD + "))", 2);
            case 'B' -> atomAdvance("(?:(?<=" + Re2Classes.WORD + ")(?=" + Re2Classes.WORD + ")|(?<!"
                    + Re2Classes.WORD + ")(?!" + Re2Classes.WORD + "))", 2);
            case 'C' -> throw new Re2Error(Re2Error.INVALID_ESCAPE, "\\C");
            case 'Q' -> {
                int end = src.indexOf("\\E", pos + 2);
                String lit = src.substring(pos + 2, end < 0 ? src.length() : end);
                pos = end < 0 ? src.length() : end + 2;
                lit.codePoints().forEach(cp -> atom(literal(cp)));
            }
            default -> {
                String cls = Re2Classes.classEscape(this, src);
                if (cls == null) {
                    atom(literal(Re2Classes.escapedChar(this, src)));
                } else {
                    atom(cls.isEmpty() ? Re2Classes.NOTHING : "[" + cls + "]");
                }
            }
        }
    }

    // ---------------------------------------------------------------- groups and flags

    private void openGroup() throws Re2Error {
        if (!src.startsWith("(?", pos)) {
            groups.push(flags);
            names.add("");
            out.append('(');
            hasOperand = false;
            pos++;
            return;
        }
        boolean p = src.length() - pos > 4 && src.charAt(pos + 2) == 'P' && src.charAt(pos + 3) == '<';
        boolean plain = src.length() - pos > 3 && src.charAt(pos + 2) == '<';
        if (p || plain) {
            int end = src.indexOf('>', pos);
            if (end < 0) {
                throw new Re2Error(Re2Error.INVALID_NAMED_CAPTURE, src.substring(pos));
            }
            String name = src.substring(pos + (p ? 4 : 3), end);
            if (!validName(name)) {
                throw new Re2Error(Re2Error.INVALID_NAMED_CAPTURE, src.substring(pos, end + 1));
            }
            groups.push(flags);
            names.add(name);
            out.append('(');
            hasOperand = false;
            pos = end + 1;
            return;
        }
        perlFlags();
    }

    private static boolean validName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int k = 0; k < name.length(); k++) {
            char c = name.charAt(k);
            if (!(c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
                return false;
            }
        }
        return true;
    }

    /** {@code (?flags)} or {@code (?flags:...)}. */
    private void perlFlags() throws Re2Error {
        int t = pos + 2;
        boolean negate = false;
        boolean sawFlag = false;
        boolean fi = flags.i;
        boolean fm = flags.m;
        boolean fs = flags.s;
        boolean fu = flags.ungreedy;
        while (t < src.length()) {
            int c = src.codePointAt(t);
            t += Character.charCount(c);
            switch (c) {
                case 'i', 'm', 's', 'U' -> {
                    fi = c == 'i' ? !negate : fi;
                    fm = c == 'm' ? !negate : fm;
                    fs = c == 's' ? !negate : fs;
                    fu = c == 'U' ? !negate : fu;
                    sawFlag = true;
                }
                case '-' -> {
                    if (negate) {
                        throw new Re2Error(Re2Error.INVALID_PERL_OP, src.substring(pos, t));
                    }
                    negate = true;
                    sawFlag = false;
                }
                case ':', ')' -> {
                    if (negate && !sawFlag) {
                        throw new Re2Error(Re2Error.INVALID_PERL_OP, src.substring(pos, t));
                    }
                    Flags next = new Flags(fi, fm, fs, fu);
                    String java = javaFlags(next);
                    if (c == ':') {
                        groups.push(flags);
                        out.append("(?").append(java).append(':');
                        hasOperand = false;
                    } else if (!java.isEmpty()) {
                        out.append("(?").append(java).append(')');
                    }
                    flags = next;
                    pos = t;
                    return;
                }
                default -> throw new Re2Error(Re2Error.INVALID_PERL_OP, src.substring(pos, t));
            }
        }
        throw new Re2Error(Re2Error.INVALID_PERL_OP, src.substring(pos, t));
    }

    /** Java inline flags that set i, m and s as {@code next} has them ("" when nothing to say). */
    private static String javaFlags(Flags next) {
        StringBuilder on = new StringBuilder();
        StringBuilder off = new StringBuilder();
        (next.i ? on : off).append('i');
        (next.m ? on : off).append('m');
        (next.s ? on : off).append('s');
        return on + (off.length() > 0 ? "-" + off : "");
    }

    // ---------------------------------------------------------------- repetitions

    /** Handles a repetition operator {@code op} whose text ends before {@code after}; returns its start. */
    private int repetition(String javaOp, int after) throws Re2Error {
        int start = pos;
        boolean lazy = false;
        if (after < src.length() && src.charAt(after) == '?') {
            after++;
            lazy = true;
        }
        if (lastRepeat >= 0) {
            throw new Re2Error(Re2Error.INVALID_REPEAT_OP, src.substring(lastRepeat, after));
        }
        if (!hasOperand) {
            throw new Re2Error(Re2Error.MISSING_REPEAT_ARGUMENT, src.substring(start, after));
        }
        out.append(javaOp);
        if (lazy != flags.ungreedy) {
            out.append('?');
        }
        pos = after;
        return start;
    }

    /** {@code {n}}, {@code {n,}} or {@code {n,m}}; anything else makes '{' a literal. */
    private int brace() throws Re2Error {
        int t = pos + 1;
        int min = digits(t);
        if (min == Integer.MIN_VALUE) {
            atomAdvance(literal('{'), 1);
            return -1;
        }
        t = skipDigits(t);
        int max = min;
        if (t < src.length() && src.charAt(t) == ',') {
            t++;
            if (t < src.length() && src.charAt(t) == '}') {
                max = -1;
            } else {
                max = digits(t);
                if (max == Integer.MIN_VALUE) {
                    atomAdvance(literal('{'), 1);
                    return -1;
                }
                t = skipDigits(t);
            }
        }
        if (t >= src.length() || src.charAt(t) != '}') {
            atomAdvance(literal('{'), 1);
            return -1;
        }
        t++;
        if (min < 0 || min > 1000 || max > 1000 || (max >= 0 && min > max)) {
            throw new Re2Error(Re2Error.INVALID_REPEAT_SIZE, src.substring(pos, t));
        }
        String op = "{" + min + (max == min ? "" : "," + (max < 0 ? "" : max)) + "}";
        return repetition(op, t);
    }

    /** The decimal number at {@code t}; -1 when too large; MIN_VALUE when there is none (or a leading 0). */
    private int digits(int t) {
        int end = skipDigits(t);
        if (end == t) {
            return Integer.MIN_VALUE;
        }
        String d = src.substring(t, end);
        if (d.length() >= 2 && d.charAt(0) == '0') {
            return Integer.MIN_VALUE; // Go disallows leading zeros: not a repeat
        }
        return d.length() > 8 ? -1 : Integer.parseInt(d);
    }

    private int skipDigits(int t) {
        while (t < src.length() && src.charAt(t) >= '0' && src.charAt(t) <= '9') {
            t++;
        }
        return t;
    }
}
