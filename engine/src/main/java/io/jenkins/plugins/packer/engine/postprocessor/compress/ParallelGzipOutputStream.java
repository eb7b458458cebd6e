package io.jenkins.plugins.packer.engine.postprocessor.compress;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * gzip compressed on every core, as Packer's pgzip (and pigz) do: the input is cut into 1 MiB blocks, each
 * deflated on its own thread with the previous block's last 32 KiB as dictionary and ended with a sync flush, so
 * the concatenated blocks form one ordinary deflate stream in one gzip member that any gzip reader reads. At most
 * two blocks per thread are in flight, so memory stays bounded whatever the input size.
 */
final class ParallelGzipOutputStream extends OutputStream {

    private static final int BLOCK = 1 << 20;
    private static final int DICT = 32 * 1024;

    private final OutputStream out;
    private final int level;
    private final int threads;
    private final ExecutorService pool;
    private final Deque<Future<byte[]>> pending = new ArrayDeque<>();
    private final CRC32 crc = new CRC32();
    private byte[] block = new byte[BLOCK];
    private byte[] dictionary;
    private int filled;
    private long size;
    private boolean closed;

    ParallelGzipOutputStream(OutputStream out, int level, int threads) throws IOException {
        this.out = out;
        this.level = level;
        this.threads = Math.max(1, threads);
        this.pool = Executors.newFixedThreadPool(this.threads, r -> {
            Thread t = new Thread(r, "gzip");
            t.setDaemon(true);
            return t;
        });
        out.write(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff});
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        crc.update(b, off, len);
        size += len;
        while (len > 0) {
            int n = Math.min(len, BLOCK - filled);
            System.arraycopy(b, off, block, filled, n);
            filled += n;
            off += n;
            len -= n;
            if (filled == BLOCK) {
                submit(false);
            }
        }
    }

    private void submit(boolean last) throws IOException {
        byte[] data = filled == block.length ? block : Arrays.copyOf(block, filled);
        byte[] dict = dictionary;
        pending.add(pool.submit(() -> deflate(data, dict, last)));
        dictionary = Arrays.copyOfRange(data, Math.max(0, data.length - DICT), data.length);
        block = new byte[BLOCK];
        filled = 0;
        while (pending.size() > 2 * threads) {
            drainOne();
        }
    }

    private byte[] deflate(byte[] data, byte[] dict, boolean last) {
        Deflater d = new Deflater(level, true);
        try {
            if (dict != null) {
                d.setDictionary(dict);
            }
            d.setInput(data);
            ByteArrayOutputStream result = new ByteArrayOutputStream(data.length / 2 + 64);
            byte[] buf = new byte[64 * 1024];
            if (last) {
                d.finish();
                while (!d.finished()) {
                    result.write(buf, 0, d.deflate(buf));
                }
            } else {
                int n;
                do {
                    n = d.deflate(buf, 0, buf.length, Deflater.SYNC_FLUSH);
                    result.write(buf, 0, n);
                } while (n == buf.length || !d.needsInput());
            }
            return result.toByteArray();
        } finally {
            d.end();
        }
    }

    private void drainOne() throws IOException {
        Future<byte[]> f = pending.poll();
        try {
            out.write(f.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("compression interrupted");
        } catch (ExecutionException e) {
            throw new IOException("compression failed: " + e.getCause(), e.getCause());
        }
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
            submit(true);
            while (!pending.isEmpty()) {
                drainOne();
            }
            int c = (int) crc.getValue();
            int s = (int) size;
            out.write(new byte[] {(byte) c, (byte) (c >>> 8), (byte) (c >>> 16), (byte) (c >>> 24),
                (byte) s, (byte) (s >>> 8), (byte) (s >>> 16), (byte) (s >>> 24)});
        } finally {
            pool.shutdownNow();
            out.close();
        }
    }
}
