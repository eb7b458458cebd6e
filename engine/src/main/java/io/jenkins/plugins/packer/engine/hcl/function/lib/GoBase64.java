package io.jenkins.plugins.packer.engine.hcl.function.lib;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Base64 with the standard alphabet and padding, decoding as Go's {@code base64.StdEncoding.DecodeString}:
 * carriage returns and line feeds are skipped, padding is required, and a failure names the byte offset of
 * the first bad input byte (Go's {@code CorruptInputError}).
 */
final class GoBase64 {

    private static final byte[] DECODE = new byte[256];

    static {
        java.util.Arrays.fill(DECODE, (byte) -1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < alphabet.length(); i++) {
            DECODE[alphabet.charAt(i)] = (byte) i;
        }
    }

    /** Thrown for malformed input; {@link #offset()} is a byte offset into the UTF-8 input. */
    static final class CorruptInputException extends Exception {
        private static final long serialVersionUID = 1L;
        private final long offset;

        CorruptInputException(long offset) {
            super("illegal base64 data at input byte " + offset);
            this.offset = offset;
        }

        long offset() {
            return offset;
        }
    }

    private GoBase64() {
    }

    static String encode(byte[] data) {
        return Base64.getEncoder().encodeToString(data);
    }

    static byte[] decode(String text) throws CorruptInputException {
        byte[] src = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(src.length * 3 / 4);
        int si = 0;
        while (si < src.length) {
            int[] quantum = new int[4];
            int len = 4;
            boolean end = false;
            for (int j = 0; j < 4; j++) {
                if (si == src.length) {
                    if (j == 0) {
                        return out.toByteArray();
                    }
                    throw new CorruptInputException(si - j);
                }
                int in = src[si] & 0xff;
                si++;
                if (DECODE[in] >= 0) {
                    quantum[j] = DECODE[in];
                    continue;
                }
                if (in == '\n' || in == '\r') {
                    j--;
                    continue;
                }
                if (in != '=' || j < 2) {
                    throw new CorruptInputException(si - 1);
                }
                if (j == 2) {
                    si = skipNewlines(src, si);
                    if (si == src.length) {
                        throw new CorruptInputException(src.length);
                    }
                    if (src[si] != '=') {
                        throw new CorruptInputException(si - 1);
                    }
                    si++;
                }
                si = skipNewlines(src, si);
                if (si < src.length) {
                    throw new CorruptInputException(si);
                }
                len = j;
                end = true;
                break;
            }
            int val = quantum[0] << 18 | quantum[1] << 12 | quantum[2] << 6 | quantum[3];
            out.write(val >> 16);
            if (len >= 3) {
                out.write(val >> 8);
            }
            if (len == 4) {
                out.write(val);
            }
            if (end) {
                break;
            }
        }
        return out.toByteArray();
    }

    private static int skipNewlines(byte[] src, int si) {
        while (si < src.length && (src[si] == '\n' || src[si] == '\r')) {
            si++;
        }
        return si;
    }
}
