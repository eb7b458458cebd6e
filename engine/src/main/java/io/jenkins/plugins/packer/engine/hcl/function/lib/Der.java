package io.jenkins.plugins.packer.engine.hcl.function.lib;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A minimal DER reader: enough of ASN.1 to take an RSA private key apart. */
final class Der {

    static final int INTEGER = 0x02;
    static final int OCTET_STRING = 0x04;
    static final int SEQUENCE = 0x30;

    /** One element: its tag and content bytes. */
    record Element(int tag, byte[] content) {

        BigInteger integer() {
            if (content.length == 0) {
                throw new IllegalArgumentException("syntax error: empty integer");
            }
            return new BigInteger(content);
        }

        /** The elements inside a constructed element. */
        List<Element> children() {
            List<Element> out = new ArrayList<>();
            int[] pos = {0};
            while (pos[0] < content.length) {
                out.add(next(content, pos));
            }
            return out;
        }
    }

    private Der() {
    }

    /** The single element that {@code der} holds; trailing data is an error. */
    static Element read(byte[] der) {
        int[] pos = {0};
        Element e = next(der, pos);
        if (pos[0] != der.length) {
            throw new IllegalArgumentException("syntax error: trailing data");
        }
        if (e.tag() != SEQUENCE) {
            throw new IllegalArgumentException("structure error: tags don't match");
        }
        return e;
    }

    private static Element next(byte[] b, int[] pos) {
        if (pos[0] + 2 > b.length) {
            throw new IllegalArgumentException("syntax error: data truncated");
        }
        int tag = b[pos[0]++] & 0xff;
        int len = b[pos[0]++] & 0xff;
        if (len >= 0x80) {
            int n = len & 0x7f;
            if (n == 0 || n > 4 || pos[0] + n > b.length) {
                throw new IllegalArgumentException("syntax error: invalid length");
            }
            len = 0;
            for (int i = 0; i < n; i++) {
                len = len << 8 | b[pos[0]++] & 0xff;
            }
        }
        if (len < 0 || pos[0] + len > b.length) {
            throw new IllegalArgumentException("syntax error: data truncated");
        }
        Element e = new Element(tag, Arrays.copyOfRange(b, pos[0], pos[0] + len));
        pos[0] += len;
        return e;
    }
}
