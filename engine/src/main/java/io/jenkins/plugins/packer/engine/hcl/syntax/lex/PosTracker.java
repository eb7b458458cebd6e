package io.jenkins.plugins.packer.engine.hcl.syntax.lex;

import io.jenkins.plugins.packer.engine.hcl.Pos;

/**
 * Turns byte offsets into {@link Pos} values by walking the source forward: a newline ({@code \n} or
 * {@code \r\n}) starts a new line, every other character (grapheme-ish: combining marks join the previous
 * one; an invalid byte counts as one) advances the column by one.
 */
final class PosTracker {

    private final byte[] src;
    private final int base;
    private int offset;
    private int line;
    private int column;
    private boolean afterJoiner;

    /**
     * @param src source bytes
     * @param first index of the first byte to track (after a byte order mark)
     * @param start position of {@code src[first]} in line/column terms; its byte offset is of {@code src[0]}
     */
    PosTracker(byte[] src, int first, Pos start) {
        this.src = src;
        this.base = start.byteOffset();
        this.offset = first;
        this.line = start.line();
        this.column = start.column();
    }

    /** The position of byte index {@code target}, which must not be before the last one asked for. */
    Pos at(int target) {
        while (offset < target) {
            int c = src[offset] & 0xff;
            if (c == '\n') {
                line++;
                column = 1;
                offset++;
                afterJoiner = false;
                continue;
            }
            if (c == '\r' && offset + 1 < src.length && src[offset + 1] == '\n') {
                offset++; // the \n that follows counts the line
                continue;
            }
            int n = Utf8.sequenceLength(src, offset, src.length);
            if (n == 0) {
                column++;
                offset++;
                afterJoiner = false;
                continue;
            }
            int cp = Utf8.codePoint(src, offset, n);
            boolean joins = afterJoiner || (Utf8.extendsCluster(cp) && column > 1);
            if (!joins) {
                column++;
            }
            afterJoiner = cp == 0x200D;
            offset += n;
        }
        return new Pos(line, column, base + offset);
    }
}
