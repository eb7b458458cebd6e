package io.jenkins.plugins.packer.engine.hcl;

/**
 * Word wrapping as mitchellh/go-wordwrap's {@code WrapString} does it for HCL's diagnostic writer: lines are
 * broken at white space so they stay within {@code limit} characters where possible; a word longer than the
 * limit is never split; existing line breaks are kept; the spaces at a break are dropped. Lengths count
 * code points (go-wordwrap 1.0.1).
 */
final class WordWrap {

    private WordWrap() {
    }

    static String wrap(String s, int limit) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        StringBuilder word = new StringBuilder();
        StringBuilder space = new StringBuilder();
        int current = 0;
        int wordLen = 0;
        int spaceLen = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\n') {
                if (wordLen == 0) {
                    if (current + spaceLen <= limit) {
                        out.append(space);
                    }
                } else {
                    out.append(space).append(word);
                }
                space.setLength(0);
                spaceLen = 0;
                word.setLength(0);
                wordLen = 0;
                out.append('\n');
                current = 0;
            } else if (isGoSpace(c)) {
                if (spaceLen == 0 || wordLen > 0) {
                    current += spaceLen + wordLen;
                    out.append(space).append(word);
                    space.setLength(0);
                    spaceLen = 0;
                    word.setLength(0);
                    wordLen = 0;
                }
                space.appendCodePoint(c);
                spaceLen++;
            } else {
                word.appendCodePoint(c);
                wordLen++;
                if (current + spaceLen + wordLen > limit && wordLen < limit) {
                    out.append('\n');
                    current = 0;
                    space.setLength(0);
                    spaceLen = 0;
                }
            }
        }
        if (wordLen == 0) {
            if (current + spaceLen <= limit) {
                out.append(space);
            }
        } else {
            out.append(space).append(word);
        }
        return out.toString();
    }

    /** Go's unicode.IsSpace, except the no-break space U+00A0 (go-wordwrap 1.0.1 does not break there). */
    private static boolean isGoSpace(int c) {
        return switch (c) {
            case '\t', '\n', 0x0B, '\f', '\r', ' ', 0x85, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000 -> true;
            default -> c >= 0x2000 && c <= 0x200A;
        };
    }
}
