package io.jenkins.plugins.packer.engine.ui;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Bytes in, lines out: collects a child process's output as it arrives in arbitrary chunks and hands each
 * complete line (UTF-8, without its {@code \n} or {@code \r\n}) to a consumer such as {@code ui::message}.
 * Because the UI masks per call, a secret split across two reads is still masked: it is only seen whole.
 * {@link #close()} hands over an unfinished last line.
 */
public final class LineOutputStream extends OutputStream {

    private final Consumer<String> lines;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    public LineOutputStream(Consumer<String> lines) {
        this.lines = lines;
    }

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            emit();
        } else {
            pending.write(b);
        }
    }

    @Override
    public synchronized void write(byte[] buf, int off, int len) {
        int start = off;
        for (int i = off; i < off + len; i++) {
            if (buf[i] == '\n') {
                pending.write(buf, start, i - start);
                emit();
                start = i + 1;
            }
        }
        pending.write(buf, start, off + len - start);
    }

    @Override
    public synchronized void close() {
        if (pending.size() > 0) {
            emit();
        }
    }

    private void emit() {
        String line = pending.toString(StandardCharsets.UTF_8);
        pending.reset();
        if (line.endsWith("\r")) {
            line = line.substring(0, line.length() - 1);
        }
        lines.accept(line);
    }
}
