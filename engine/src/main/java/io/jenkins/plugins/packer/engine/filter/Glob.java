package io.jenkins.plugins.packer.engine.filter;

import java.util.regex.Pattern;

/**
 * A glob as Packer's {@code -only}/{@code -except} use them: {@code github.com/gobwas/glob} v0.2.3 compiled
 * without separators ({@code glob.Compile(pattern)}), so {@code *} and {@code **} match any run of characters,
 * dots included ({@code *.null.*}, {@code my_build.*}, {@code *lasagna}); {@code ?} one character;
 * {@code [abc]}, {@code [a-z]}, {@code [!abc]}, {@code [!a-z]} one character of (or not of) a set or range;
 * {@code {a,b}} one of several patterns; {@code \} escapes the next character. The whole name must match.
 * As in gobwas, an unclosed {@code {} is closed at the end and {@code ]} or {@code }} outside a group are
 * literal; an unclosed {@code [} is an error.
 */
public final class Glob {

    private final String pattern;
    private final Pattern regex;

    private Glob(String pattern, Pattern regex) {
        this.pattern = pattern;
        this.regex = regex;
    }

    public static Glob compile(String pattern) throws GlobSyntaxException {
        return new Glob(pattern, Pattern.compile(new Translator(pattern).translate(), Pattern.DOTALL));
    }

    public boolean matches(String name) {
        return regex.matcher(name).matches();
    }

    public String pattern() {
        return pattern;
    }

    @Override
    public String toString() {
        return pattern;
    }

    /** gobwas's lexer and parser in one pass, producing an equivalent regular expression. */
    private static final class Translator {
        private final int[] cps;
        private int pos;
        private int termsLevel;
        private final StringBuilder out = new StringBuilder();

        Translator(String pattern) {
            this.cps = pattern.codePoints().toArray();
        }

        String translate() throws GlobSyntaxException {
            while (pos < cps.length) {
                int c = cps[pos++];
                if (c == '{') {
                    termsLevel++;
                    out.append("(?:");
                } else if (c == ',' && termsLevel > 0) {
                    out.append('|');
                } else if (c == '}' && termsLevel > 0) {
                    termsLevel--;
                    out.append(')');
                } else if (c == '[') {
                    range();
                } else if (c == '?') {
                    out.append('.');
                } else if (c == '*') {
                    if (pos < cps.length && cps[pos] == '*') {
                        pos++;
                    }
                    out.append(".*");
                } else {
                    pos--;
                    text();
                }
            }
            out.append(")".repeat(termsLevel));
            return out.toString();
        }

        /** Literal text up to the next special character, with backslash escapes. */
        private void text() {
            boolean escaped = false;
            while (pos < cps.length) {
                int c = cps[pos++];
                if (!escaped) {
                    if (c == '\\') {
                        escaped = true;
                        continue;
                    }
                    if (c == '?' || c == '*' || c == '[' || c == '{' || termsLevel > 0 && (c == '}' || c == ',')) {
                        pos--;
                        return;
                    }
                }
                escaped = false;
                literal(c);
            }
        }

        private void range() throws GlobSyntaxException {
            boolean not = false;
            if (pos < cps.length && cps[pos] == '!') {
                not = true;
                pos++;
            }
            if (pos >= cps.length) {
                throw new GlobSyntaxException("unexpected end of input");
            }
            StringBuilder cls = new StringBuilder(not ? "[^" : "[");
            if (pos + 1 < cps.length && cps[pos + 1] == '-') {
                int lo = cps[pos];
                pos += 2;
                if (pos >= cps.length) {
                    throw new GlobSyntaxException("unexpected end of input");
                }
                int hi = cps[pos++];
                if (hi < lo) {
                    throw new GlobSyntaxException("hi character '" + Character.toString(hi)
                            + "' should be greater than lo '" + Character.toString(lo) + "'");
                }
                cls.append(hex(lo)).append('-').append(hex(hi));
            } else {
                boolean escaped = false;
                int count = 0;
                while (pos < cps.length) {
                    int c = cps[pos++];
                    if (!escaped && c == '\\') {
                        escaped = true;
                        continue;
                    }
                    if (!escaped && c == ']') {
                        pos--;
                        break;
                    }
                    escaped = false;
                    cls.append(hex(c));
                    count++;
                }
                if (pos >= cps.length) {
                    throw new GlobSyntaxException("unexpected end of input");
                }
                if (count == 0) {
                    throw new GlobSyntaxException("could not parse range");
                }
            }
            if (pos >= cps.length) {
                throw new GlobSyntaxException("unexpected end of input");
            }
            if (cps[pos++] != ']') {
                throw new GlobSyntaxException("expected close range character");
            }
            out.append(cls).append(']');
        }

        private void literal(int c) {
            out.append(hex(c));
        }

        private static String hex(int c) {
            return "\\x{" + Integer.toHexString(c) + "}";
        }
    }
}
