package io.jenkins.plugins.packer.engine.postprocessor.compress;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import org.apache.commons.compress.compressors.lz4.XXHash32;

/**
 * The LZ4 frame format (what the {@code lz4} tool and Packer's {@code .lz4} output write): independent blocks of
 * up to 4 MiB, each compressed with a greedy single-probe hash matcher (LZ4's "fast" strategy) or stored when it
 * does not shrink, and an xxHash32 content checksum. Written here because commons-compress's LZ4 compressor,
 * tuned for ratio, runs at about 100 KB/s on repetitive data, far too slow for disk images. Streams: one block in
 * memory.
 */
final class Lz4FrameOutputStream extends OutputStream {

    private static final int BLOCK = 4 << 20;
    private static final int MIN_MATCH = 4;
    private static final int LAST_LITERALS = 5;
    private static final int MF_LIMIT = 12;
    private static final int HASH_BITS = 16;
    private static final int MAX_OFFSET = 65535;

    private final OutputStream out;
    private final byte[] block = new byte[BLOCK];
    private final byte[] compressed = new byte[BLOCK + BLOCK / 255 + 64];
    private final int[] table = new int[1 << HASH_BITS];
    private final XXHash32 contentHash = new XXHash32();
    private int filled;
    private boolean closed;

    Lz4FrameOutputStream(OutputStream out) throws IOException {
        this.out = out;
        byte[] descriptor = {0x64, 0x70}; // version 01, independent blocks, content checksum; 4 MiB blocks
        XXHash32 h = new XXHash32();
        h.update(descriptor, 0, 2);
        out.write(new byte[] {0x04, 0x22, 0x4d, 0x18, descriptor[0], descriptor[1],
            (byte) ((h.getValue() >> 8) & 0xff)});
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        contentHash.update(b, off, len);
        while (len > 0) {
            int n = Math.min(len, BLOCK - filled);
            System.arraycopy(b, off, block, filled, n);
            filled += n;
            off += n;
            len -= n;
            if (filled == BLOCK) {
                flushBlock();
            }
        }
    }

    private void flushBlock() throws IOException {
        if (filled == 0) {
            return;
        }
        int clen = compress(block, filled, compressed, table);
        if (clen >= filled) {
            writeInt(filled | 0x80000000);
            out.write(block, 0, filled);
        } else {
            writeInt(clen);
            out.write(compressed, 0, clen);
        }
        filled = 0;
    }

    /** LZ4 block compression of {@code src[0, len)} into {@code dst}; returns the compressed length. */
    static int compress(byte[] src, int len, byte[] dst, int[] table) {
        Arrays.fill(table, -1);
        int op = 0;
        int anchor = 0;
        if (len >= MF_LIMIT + 1) {
            int ip = 0;
            int limit = len - MF_LIMIT;
            int matchLimit = len - LAST_LITERALS;
            int misses = 0;
            while (ip < limit) {
                int seq = readInt(src, ip);
                int h = hash(seq);
                int ref = table[h];
                table[h] = ip;
                if (ref < 0 || ip - ref > MAX_OFFSET || readInt(src, ref) != seq) {
                    ip += 1 + (misses++ >> 6);
                    continue;
                }
                misses = 0;
                while (ip > anchor && ref > 0 && src[ip - 1] == src[ref - 1]) {
                    ip--;
                    ref--;
                }
                int matchLen = MIN_MATCH;
                while (ip + matchLen < matchLimit && src[ref + matchLen] == src[ip + matchLen]) {
                    matchLen++;
                }
                op = sequence(src, anchor, ip - anchor, ip - ref, matchLen, dst, op);
                ip += matchLen;
                anchor = ip;
                if (ip - 2 < limit && ip - 2 >= 0) {
                    table[hash(readInt(src, ip - 2))] = ip - 2;
                }
            }
        }
        return lastLiterals(src, anchor, len - anchor, dst, op);
    }

    private static int sequence(byte[] src, int litStart, int litLen, int offset, int matchLen, byte[] dst, int op) {
        int token = op++;
        int ml = matchLen - MIN_MATCH;
        dst[token] = (byte) ((Math.min(litLen, 15) << 4) | Math.min(ml, 15));
        op = length(litLen, dst, op);
        System.arraycopy(src, litStart, dst, op, litLen);
        op += litLen;
        dst[op++] = (byte) offset;
        dst[op++] = (byte) (offset >>> 8);
        return length(ml, dst, op);
    }

    private static int lastLiterals(byte[] src, int start, int litLen, byte[] dst, int op) {
        dst[op++] = (byte) (Math.min(litLen, 15) << 4);
        op = length(litLen, dst, op);
        System.arraycopy(src, start, dst, op, litLen);
        return op + litLen;
    }

    /** The extra length bytes after a 4-bit field of 15. */
    private static int length(int n, byte[] dst, int op) {
        if (n >= 15) {
            int rest = n - 15;
            while (rest >= 255) {
                dst[op++] = (byte) 255;
                rest -= 255;
            }
            dst[op++] = (byte) rest;
        }
        return op;
    }

    private static int readInt(byte[] b, int i) {
        return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8 | (b[i + 2] & 0xff) << 16 | (b[i + 3] & 0xff) << 24;
    }

    private static int hash(int v) {
        return (v * -1640531535) >>> (32 - HASH_BITS);
    }

    private void writeInt(int v) throws IOException {
        out.write(v);
        out.write(v >>> 8);
        out.write(v >>> 16);
        out.write(v >>> 24);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            flushBlock();
            writeInt(0);
            writeInt((int) contentHash.getValue());
        } finally {
            out.close();
        }
    }
}
