package io.jenkins.plugins.packer.engine.builder.docker;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;

/**
 * Connects a writer on the calling thread to a consumer of the bytes on a helper thread (the Engine request
 * that uploads a tar stream), so uploads stream without temporary files. A failure of the consumer (the
 * Engine's answer) wins over the writer's broken-pipe error it causes.
 */
final class TarPipe implements AutoCloseable {

    private static final int BUFFER = 1 << 20;

    /** Reads the stream; runs on the helper thread. */
    @FunctionalInterface
    interface Consumer {
        void accept(InputStream in) throws IOException;
    }

    private final PipedInputStream in;
    private final PipedOutputStream out;
    private final Thread thread;
    private volatile Exception consumerFailure;
    private IOException writerFailure;

    TarPipe(Consumer consumer) throws IOException {
        in = new PipedInputStream(BUFFER);
        out = new PipedOutputStream(in);
        thread = new Thread(() -> {
            try {
                consumer.accept(in);
            } catch (IOException | RuntimeException e) {
                consumerFailure = e;
            } finally {
                closeQuietly(in);
            }
        }, "docker-upload");
        thread.setDaemon(true);
        thread.start();
    }

    OutputStream output() {
        return out;
    }

    /** The writer failed: remember why and end the stream. */
    void failWith(IOException e) {
        writerFailure = e;
        closeQuietly(out);
    }

    /** Ends the stream and waits for the consumer; throws the consumer's failure, else the writer's. */
    void await() throws IOException {
        closeQuietly(out);
        try {
            thread.join();
        } catch (InterruptedException e) {
            closeQuietly(in);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("upload interrupted");
        }
        if (consumerFailure instanceof IOException io) {
            throw io;
        }
        if (consumerFailure instanceof RuntimeException re) {
            throw re;
        }
        if (writerFailure != null) {
            throw writerFailure;
        }
    }

    @Override
    public void close() {
        closeQuietly(out);
        if (thread.isAlive()) {
            closeQuietly(in);
        }
    }

    private static void closeQuietly(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // closing a pipe end
        }
    }
}
