package io.jenkins.plugins.packer.engine.hcl.json;

/** UTF-8 helpers for the scanner: strict validation (no overlongs, no surrogates, nothing above U+10FFFF). */
final class Utf8 {

    private Utf8() {
    }

    /**
     * The length of the well-formed UTF-8 sequence starting at {@code i}, or -1 when the bytes there do not
     * form one (a stray continuation byte, a truncated sequence, an overlong form, a surrogate or a value
     * above U+10FFFF).
     */
    static int sequenceLength(byte[] src, int i) {
        int b0 = src[i] & 0xFF;
        if (b0 < 0x80) {
            return 1;
        }
        int len;
        int min;
        int cp;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            len = 2;
            min = 0x80;
            cp = b0 & 0x1F;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            len = 3;
            min = 0x800;
            cp = b0 & 0x0F;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            len = 4;
            min = 0x10000;
            cp = b0 & 0x07;
        } else {
            return -1;
        }
        if (i + len > src.length) {
            return -1;
        }
        for (int k = 1; k < len; k++) {
            int b = src[i + k] & 0xFF;
            if ((b & 0xC0) != 0x80) {
                return -1;
            }
            cp = (cp << 6) | (b & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return -1;
        }
        return len;
    }

    /** The code point of the well-formed sequence of {@code len} bytes at {@code i}. */
    static int codePoint(byte[] src, int i, int len) {
        int b0 = src[i] & 0xFF;
        if (len == 1) {
            return b0;
        }
        int cp = b0 & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
        for (int k = 1; k < len; k++) {
            cp = (cp << 6) | (src[i + k] & 0x3F);
        }
        return cp;
    }

    /** True when every byte of {@code src[from, to)} belongs to a well-formed sequence. */
    static boolean isValid(byte[] src, int from, int to) {
        int i = from;
        while (i < to) {
            int n = sequenceLength(src, i);
            if (n < 0 || i + n > to) {
                return false;
            }
            i += n;
        }
        return true;
    }
}
