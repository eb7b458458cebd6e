package io.jenkins.plugins.packer.engine.communicator;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * An output stream that cuts what is written into lines and hands each to a {@link LineSink}: {@code \n} ends
 * a line, a {@code \r} before it is dropped, bytes are decoded as UTF-8 per whole line (so a character split
 * across writes stays intact). {@link #close()} delivers an unterminated last line. A line longer than
 * {@link #MAX_LINE} bytes is delivered in pieces so that endless output without newlines cannot exhaust memory.
 */
public final class LineOutputStream extends OutputStream {

    /** Longest line kept in memory before it is delivered in pieces. */
    public static final int MAX_LINE = 1 << 20;

    private final LineSink sink;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    private boolean closed;

    public LineOutputStream(LineSink sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            emit();
        } else {
            line.write(b);
            if (line.size() >= MAX_LINE) {
                emit();
            }
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        Objects.checkFromIndexSize(off, len, b.length);
        int start = off;
        int end = off + len;
        for (int i = off; i < end; i++) {
            if (b[i] == '\n') {
                line.write(b, start, i - start);
                emit();
                start = i + 1;
            }
        }
        while (start < end) {
            int n = Math.min(end - start, MAX_LINE - line.size());
            line.write(b, start, n);
            start += n;
            if (line.size() >= MAX_LINE) {
                emit();
            }
        }
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            if (line.size() > 0) {
                emit();
            }
        }
    }

    private void emit() {
        byte[] bytes = line.toByteArray();
        int n = bytes.length;
        if (n > 0 && bytes[n - 1] == '\r') {
            n--;
        }
        line.reset();
        sink.line(new String(bytes, 0, n, StandardCharsets.UTF_8));
    }
}
