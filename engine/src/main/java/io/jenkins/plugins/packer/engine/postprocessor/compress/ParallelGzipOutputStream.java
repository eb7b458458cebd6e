package io.jenkins.plugins.packer.engine.postprocessor.compress;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * gzip compressed on every core, as Packer's pgzip (and pigz) do: the input is cut into 1 MiB blocks, each
 * deflated on its own thread with the previous block's last 32 KiB as dictionary and ended with a sync flush, so
 * the concatenated blocks form one ordinary deflate stream in one gzip member that any gzip reader reads.
 *
 * <p>Blocks live in a fixed set of {@link Slot}s reused block after block, one per thread plus the one being
 * filled (a thread that finishes finds the next block queued as long as filling is faster than deflating): the
 * memory stays bounded, about 2 MiB per thread, whatever the input size. The buffers are direct, so zlib works
 * on them without pinning Java arrays (JNI critical sections on heap arrays stall every thread that allocates
 * meanwhile, and make the heap grow).
 */
final class ParallelGzipOutputStream extends OutputStream {

    static final int BLOCK = 1 << 20;
    private static final int DICT = 32 * 1024;

    private final OutputStream out;
    private final ExecutorService pool;
    private final Deque<Slot> free = new ArrayDeque<>();
    private final Deque<Pending> pending = new ArrayDeque<>();
    private final List<Slot> slots = new ArrayList<>();
    private final CRC32 crc = new CRC32();
    private final byte[] copyBuffer = new byte[64 * 1024];
    private final ByteBuffer dictionary = ByteBuffer.allocateDirect(DICT);
    private Slot current;
    private long size;
    private boolean closed;

    ParallelGzipOutputStream(OutputStream out, int level, int threads) throws IOException {
        this.out = out;
        int n = Math.max(1, threads);
        this.pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "gzip");
            t.setDaemon(true);
            return t;
        });
        for (int i = 0; i <= n; i++) {
            Slot s = new Slot(level);
            slots.add(s);
            free.add(s);
        }
        dictionary.limit(0);
        current = free.poll();
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
            int n = Math.min(len, current.input.remaining());
            current.input.put(b, off, n);
            off += n;
            len -= n;
            if (!current.input.hasRemaining()) {
                submit(false);
            }
        }
    }

    private void submit(boolean last) throws IOException {
        Slot slot = current;
        slot.input.flip();
        slot.dictionary.clear();
        slot.dictionary.put(dictionary.duplicate()).flip();
        // the next block's dictionary: this block's last 32 KiB (only the last block is shorter than that)
        ByteBuffer tail = slot.input.duplicate();
        tail.position(Math.max(0, tail.limit() - DICT));
        dictionary.clear();
        dictionary.put(tail).flip();
        pending.add(new Pending(slot, pool.submit(() -> slot.deflate(last))));
        while (free.isEmpty()) {
            drainOne();
        }
        current = free.poll();
    }

    private void drainOne() throws IOException {
        Pending p = pending.poll();
        try {
            p.done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("compression interrupted");
        } catch (ExecutionException e) {
            throw new IOException("compression failed: " + e.getCause(), e.getCause());
        }
        ByteBuffer result = p.slot.output;
        while (result.hasRemaining()) {
            int n = Math.min(copyBuffer.length, result.remaining());
            result.get(copyBuffer, 0, n);
            out.write(copyBuffer, 0, n);
        }
        free.add(p.slot);
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
            slots.forEach(s -> s.deflater.end());
            out.close();
        }
    }

    private record Pending(Slot slot, Future<?> done) {
    }

    /** One block's buffers and deflater, used by one thread at a time. */
    private static final class Slot {
        final ByteBuffer input = ByteBuffer.allocateDirect(BLOCK);
        final ByteBuffer dictionary = ByteBuffer.allocateDirect(DICT);
        ByteBuffer output = ByteBuffer.allocateDirect(BLOCK + BLOCK / 64 + 1024); // stored blocks' headers
        final Deflater deflater;

        Slot(int level) {
            deflater = new Deflater(level, true);
        }

        /** Deflates {@link #input} into {@link #output} (flipped for reading) and readies the input for refill. */
        void deflate(boolean last) {
            Deflater d = deflater;
            d.reset();
            if (dictionary.hasRemaining()) {
                d.setDictionary(dictionary);
            }
            d.setInput(input);
            output.clear();
            if (last) {
                d.finish();
            }
            while (true) {
                if (!output.hasRemaining()) {
                    output = grow(output);
                }
                if (last) {
                    d.deflate(output);
                    if (d.finished()) {
                        break;
                    }
                } else {
                    d.deflate(output, Deflater.SYNC_FLUSH);
                    // a sync flush is complete when the input is used up and the output was not filled
                    if (d.needsInput() && output.hasRemaining()) {
                        break;
                    }
                }
            }
            output.flip();
            input.clear();
        }

        private static ByteBuffer grow(ByteBuffer full) {
            full.flip();
            return ByteBuffer.allocateDirect(full.capacity() * 2).put(full);
        }
    }
}
