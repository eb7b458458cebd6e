package io.jenkins.plugins.packer.engine.hcl.syntax.lex;

/**
 * Strict UTF-8 decoding over a byte array: overlong forms, surrogates and code points above U+10FFFF are
 * invalid, as the HCL specification requires ("Invalid or non-normalized UTF-8 encoding is always a parse
 * error").
 */
public final class Utf8 {

    private Utf8() {
    }

    /**
     * Length in bytes of the valid UTF-8 sequence starting at {@code i}, or 0 if the bytes there are not a
     * valid sequence (or {@code i} is at the end).
     */
    public static int sequenceLength(byte[] b, int i, int end) {
        if (i >= end) {
            return 0;
        }
        int c = b[i] & 0xff;
        if (c < 0x80) {
            return 1;
        }
        int len;
        int min;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            min = 0x10000;
        } else {
            return 0;
        }
        if (i + len > end) {
            return 0;
        }
        int cp = c & (0xFF >> (len + 1));
        for (int k = 1; k < len; k++) {
            int cc = b[i + k] & 0xff;
            if ((cc & 0xC0) != 0x80) {
                return 0;
            }
            cp = (cp << 6) | (cc & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return 0;
        }
        return len;
    }

    /** The code point at {@code i}; the caller has checked {@link #sequenceLength} is positive. */
    public static int codePoint(byte[] b, int i, int len) {
        int c = b[i] & 0xff;
        if (len == 1) {
            return c;
        }
        int cp = c & (0xFF >> (len + 1));
        for (int k = 1; k < len; k++) {
            cp = (cp << 6) | (b[i + k] & 0x3F);
        }
        return cp;
    }

    /** True when the whole range is valid UTF-8. */
    public static boolean isValid(byte[] b, int start, int end) {
        int i = start;
        while (i < end) {
            int n = sequenceLength(b, i, end);
            if (n == 0) {
                return false;
            }
            i += n;
        }
        return true;
    }

    /**
     * True when code point {@code cp} does not start a new column: combining marks, zero-width joiners and
     * variation selectors, approximating the grapheme clusters hashicorp/hcl counts columns in.
     */
    public static boolean extendsCluster(int cp) {
        if (cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF)) {
            return true;
        }
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK
                || t == Character.COMBINING_SPACING_MARK;
    }
}
