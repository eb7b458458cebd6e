package io.jenkins.plugins.packer.engine.ui;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Progress of one transfer, from {@link Ui#progress}. Call {@link #advance} as bytes move and {@link #close()}
 * when done (try-with-resources). Thread-safe.
 */
public interface Progress extends AutoCloseable {

    /** A progress that shows nothing. */
    Progress NONE = new Progress() {
        @Override
        public void advance(long bytes) {
        }

        @Override
        public void close() {
        }
    };

    /** {@code bytes} more were transferred. */
    void advance(long bytes);

    /** The transfer ended (successfully or not); prints the final state. */
    @Override
    void close();

    /** {@code in}, counting every byte read into this progress; closing the stream closes the progress. */
    default InputStream track(InputStream in) {
        Progress self = this;
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    self.advance(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                if (n > 0) {
                    self.advance(n);
                }
                return n;
            }

            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    self.close();
                }
            }
        };
    }
}
