package io.jenkins.plugins.packer.engine.builder.docker;

import java.io.EOFException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** HTTP/1.1 chunked transfer coding, both ways (RFC 9112 §7.1); trailers are read and ignored. */
final class ChunkedStreams {

    private ChunkedStreams() {
    }

    /** Writes each write as one chunk (small writes are gathered first); {@link #close} ends the body. */
    static final class Output extends FilterOutputStream {
        private final byte[] buf = new byte[64 * 1024];
        private int count;
        private boolean closed;

        Output(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            if (count == buf.length) {
                flushChunk();
            }
            buf[count++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len >= buf.length) {
                flushChunk();
                chunk(b, off, len);
                return;
            }
            if (count + len > buf.length) {
                flushChunk();
            }
            System.arraycopy(b, off, buf, count, len);
            count += len;
        }

        @Override
        public void flush() throws IOException {
            flushChunk();
            out.flush();
        }

        /** Sends what is buffered and the last (empty) chunk; does not close the connection. */
        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            flushChunk();
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }

        private void flushChunk() throws IOException {
            if (count > 0) {
                chunk(buf, 0, count);
                count = 0;
            }
        }

        private void chunk(byte[] b, int off, int len) throws IOException {
            out.write((Integer.toHexString(len) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(b, off, len);
            out.write('\r');
            out.write('\n');
        }
    }

    /** The body of a chunked response; ends (returns -1) after the last chunk and its trailers. */
    static final class Input extends InputStream {
        private final InputStream in;
        private long remaining;
        private boolean eof;

        Input(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (eof) {
                return -1;
            }
            if (len == 0) {
                return 0;
            }
            if (remaining == 0) {
                String size = line();
                int semi = size.indexOf(';');
                try {
                    remaining = Long.parseLong((semi >= 0 ? size.substring(0, semi) : size).strip(), 16);
                } catch (NumberFormatException e) {
                    throw new IOException("bad chunk size from the Docker Engine: " + size);
                }
                if (remaining == 0) {
                    while (!line().isEmpty()) {
                        // trailers
                    }
                    eof = true;
                    return -1;
                }
            }
            int n = in.read(b, off, (int) Math.min(len, remaining));
            if (n < 0) {
                throw new EOFException("the Docker Engine's answer ended inside a chunk");
            }
            remaining -= n;
            if (remaining == 0) {
                line();
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }

        private String line() throws IOException {
            return EngineResponse.readLine(in);
        }
    }
}
