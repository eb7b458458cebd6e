package io.jenkins.plugins.packer.engine.postprocessor.compress;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * BGZF, the blocked gzip of SAMtools/htslib (and of Packer's {@code .bgzf} output): a series of gzip members of
 * at most {@value #MAX_INPUT} input bytes, each with the {@code BC} extra field holding the member's size minus
 * one, ending with the fixed 28-byte empty EOF member. Any gzip reader reads it; BGZF readers can seek in it.
 * Streams: at most one block is held in memory.
 */
final class BgzfOutputStream extends OutputStream {

    static final int MAX_INPUT = 0xff00;
    private static final int MAX_BLOCK = 0x10000;
    private static final int HEADER = 18;
    private static final int FOOTER = 8;
    static final byte[] EOF_BLOCK = {
        0x1f, (byte) 0x8b, 0x08, 0x04, 0, 0, 0, 0, 0, (byte) 0xff, 0x06, 0x00, 0x42, 0x43, 0x02, 0x00, 0x1b, 0x00,
        0x03, 0x00, 0, 0, 0, 0, 0, 0, 0, 0};

    private final OutputStream out;
    private final Deflater deflater;
    private final byte[] input = new byte[MAX_INPUT];
    private final byte[] compressed = new byte[MAX_BLOCK];
    private final CRC32 crc = new CRC32();
    private int filled;
    private boolean closed;

    BgzfOutputStream(OutputStream out, int level) {
        this.out = out;
        this.deflater = new Deflater(level, true);
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            int n = Math.min(len, MAX_INPUT - filled);
            System.arraycopy(b, off, input, filled, n);
            filled += n;
            off += n;
            len -= n;
            if (filled == MAX_INPUT) {
                writeBlock();
            }
        }
    }

    private void writeBlock() throws IOException {
        deflater.reset();
        deflater.setInput(input, 0, filled);
        deflater.finish();
        int clen = 0;
        while (!deflater.finished() && clen < compressed.length) {
            clen += deflater.deflate(compressed, clen, compressed.length - clen);
        }
        byte[] data = compressed;
        if (!deflater.finished() || clen > MAX_BLOCK - HEADER - FOOTER) {
            // incompressible: store the block (level 0 always fits, as in htslib)
            Deflater store = new Deflater(Deflater.NO_COMPRESSION, true);
            store.setInput(input, 0, filled);
            store.finish();
            clen = 0;
            while (!store.finished()) {
                clen += store.deflate(compressed, clen, compressed.length - clen);
            }
            store.end();
        }
        crc.reset();
        crc.update(input, 0, filled);
        int blockSize = HEADER + clen + FOOTER;
        byte[] header = {0x1f, (byte) 0x8b, 0x08, 0x04, 0, 0, 0, 0, 0, (byte) 0xff, 0x06, 0x00, 0x42, 0x43, 0x02,
            0x00, (byte) (blockSize - 1), (byte) ((blockSize - 1) >>> 8)};
        out.write(header);
        out.write(data, 0, clen);
        writeInt((int) crc.getValue());
        writeInt(filled);
        filled = 0;
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
            if (filled > 0) {
                writeBlock();
            }
            out.write(EOF_BLOCK);
        } finally {
            deflater.end();
            out.close();
        }
    }
}
