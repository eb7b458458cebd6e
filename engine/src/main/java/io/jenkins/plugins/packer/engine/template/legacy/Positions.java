package io.jenkins.plugins.packer.engine.template.legacy;

import io.jenkins.plugins.packer.engine.hcl.Pos;
import java.util.Arrays;

/** Turns byte offsets of a UTF-8 source into {@link Pos} (1-based line and column in characters). */
final class Positions {

    private final byte[] source;
    private final int[] lineStarts;

    Positions(byte[] source) {
        this.source = source;
        int lines = 1;
        for (byte c : source) {
            if (c == '\n') {
                lines++;
            }
        }
        lineStarts = new int[lines];
        int n = 1;
        for (int k = 0; k < source.length; k++) {
            if (source[k] == '\n') {
                lineStarts[n++] = k + 1;
            }
        }
    }

    Pos at(int offset) {
        int idx = Arrays.binarySearch(lineStarts, offset);
        int line = idx >= 0 ? idx : -idx - 2;
        int col = 1;
        for (int k = lineStarts[line]; k < offset && k < source.length; k++) {
            if ((source[k] & 0xC0) != 0x80) {
                col++;
            }
        }
        return new Pos(line + 1, col, offset);
    }
}
