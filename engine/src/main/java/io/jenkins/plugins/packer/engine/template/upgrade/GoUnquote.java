package io.jenkins.plugins.packer.engine.template.upgrade;

/** Go's {@code strconv.Unquote} for a double-quoted string: escapes decoded; null when the text is invalid. */
final class GoUnquote {

    private GoUnquote() {
    }

    static String unquote(String quoted) {
        if (quoted.length() < 2 || quoted.charAt(0) != '"' || quoted.charAt(quoted.length() - 1) != '"') {
            return null;
        }
        String s = quoted.substring(1, quoted.length() - 1);
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"' || c == '\n') {
                return null;
            }
            if (c != '\\') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 >= s.length()) {
                return null;
            }
            char e = s.charAt(i + 1);
            i += 2;
            switch (e) {
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'v' -> out.append('\u000b');
                case '\\' -> out.append('\\');
                case '"' -> out.append('"');
                case 'x', 'u', 'U' -> {
                    int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    if (i + n > s.length()) {
                        return null;
                    }
                    int v;
                    try {
                        v = Integer.parseUnsignedInt(s.substring(i, i + n), 16);
                    } catch (NumberFormatException ex) {
                        return null;
                    }
                    i += n;
                    if (e == 'x') {
                        out.append((char) v);
                    } else if (Character.isValidCodePoint(v) && (v < 0xD800 || v > 0xDFFF)) {
                        out.appendCodePoint(v);
                    } else {
                        return null;
                    }
                }
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    if (i + 2 > s.length()) {
                        return null;
                    }
                    String oct = "" + e + s.charAt(i) + s.charAt(i + 1);
                    if (!oct.matches("[0-7]{3}") || Integer.parseInt(oct, 8) > 255) {
                        return null;
                    }
                    out.append((char) Integer.parseInt(oct, 8));
                    i += 2;
                }
                default -> {
                    return null;
                }
            }
        }
        return out.toString();
    }
}
