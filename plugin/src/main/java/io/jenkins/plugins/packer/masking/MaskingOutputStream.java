package io.jenkins.plugins.packer.masking;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;

/**
 * Line-based masking filter for a build log: bytes are held until the end of a line, the line is decoded, masked
 * by a {@link SecretMasker} and written on. A partial line is written only by {@link #close()} or when it grows
 * past {@value #MAX_LINE} bytes, so a secret is never split across two writes of ordinary length.
 * {@link #close()} does not close the delegate (the build's logger belongs to Jenkins).
 */
public final class MaskingOutputStream extends FilterOutputStream {

    /** A line longer than this is masked and written in pieces. */
    public static final int MAX_LINE = 1 << 20;

    private final SecretMasker masker;
    private final Charset charset;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    private boolean closed;

    public MaskingOutputStream(OutputStream delegate, SecretMasker masker, Charset charset) {
        super(delegate);
        this.masker = masker;
        this.charset = charset;
    }

    @Override
    public synchronized void write(int b) throws IOException {
        ensureOpen();
        line.write(b);
        if (b == '\n' || line.size() >= MAX_LINE) {
            emit();
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        ensureOpen();
        int start = off;
        int end = off + len;
        for (int i = off; i < end; i++) {
            if (b[i] == '\n') {
                line.write(b, start, i + 1 - start);
                emit();
                start = i + 1;
            } else if (line.size() + (i + 1 - start) >= MAX_LINE) {
                line.write(b, start, i + 1 - start);
                emit();
                start = i + 1;
            }
        }
        line.write(b, start, end - start);
    }

    /** Flushes the delegate; a pending partial line stays buffered. */
    @Override
    public synchronized void flush() throws IOException {
        out.flush();
    }

    /** Masks and writes any pending partial line, flushes, and leaves the delegate open. */
    @Override
    public synchronized void close() throws IOException {
        if (!closed) {
            emit();
            out.flush();
            closed = true;
        }
    }

    private void emit() throws IOException {
        if (line.size() == 0) {
            return;
        }
        String text = line.toString(charset);
        line.reset();
        out.write(masker.mask(text).getBytes(charset));
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("masking stream is closed");
        }
    }
}
