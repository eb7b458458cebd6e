package io.jenkins.plugins.packer.engine.hcl.syntax;

/** Unicode space handling as Go's {@code unicode.IsSpace}, used by strip markers and heredoc indentation. */
final class Spaces {

    private Spaces() {
    }

    static boolean isSpace(int cp) {
        switch (cp) {
            case '\t', '\n', 0x0B, '\f', '\r', ' ', 0x85, 0xA0:
                return true;
            default:
                if (cp < 0x100) {
                    return false;
                }
                int t = Character.getType(cp);
                return t == Character.SPACE_SEPARATOR || t == Character.LINE_SEPARATOR
                        || t == Character.PARAGRAPH_SEPARATOR;
        }
    }

    static String trimLeft(String s) {
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (!isSpace(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return s.substring(i);
    }

    static String trimRight(String s) {
        int i = s.length();
        while (i > 0) {
            int cp = s.codePointBefore(i);
            if (!isSpace(cp)) {
                break;
            }
            i -= Character.charCount(cp);
        }
        return s.substring(0, i);
    }
}
