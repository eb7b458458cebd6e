package io.jenkins.plugins.packer.engine.secret;

import java.io.IOException;
import java.io.Writer;

/**
 * A writer that masks secrets in text arriving in arbitrary chunks: it holds back the current line until its
 * newline (so a secret split across two writes is still found) and passes each completed line through the
 * {@link SecretMasker}. A line longer than {@code maxPending} characters is emitted in pieces cut only where no
 * secret form could straddle the cut ({@link SecretMasker#safePrefixLength}).
 *
 * <p>{@link #flush()} flushes the target but keeps an unfinished line back; {@link #close()} emits it.
 * Multi-line secrets are masked line by line (each line of a secret is a secret of its own).
 */
public final class MaskingWriter extends Writer {

    /** Default length after which a line without newline is emitted in safe pieces. */
    public static final int DEFAULT_MAX_PENDING = 16 * 1024;

    private final Writer target;
    private final SecretMasker masker;
    private final int maxPending;
    private final StringBuilder pending = new StringBuilder();

    public MaskingWriter(Writer target, SecretMasker masker) {
        this(target, masker, DEFAULT_MAX_PENDING);
    }

    public MaskingWriter(Writer target, SecretMasker masker, int maxPending) {
        this.target = target;
        this.masker = masker;
        this.maxPending = maxPending;
    }

    @Override
    public synchronized void write(char[] buf, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            char c = buf[i];
            pending.append(c);
            if (c == '\n') {
                target.write(masker.mask(pending.toString()));
                pending.setLength(0);
            }
        }
        if (pending.length() > maxPending) {
            int safe = masker.safePrefixLength(pending);
            if (safe > 0) {
                target.write(masker.mask(pending.substring(0, safe)));
                pending.delete(0, safe);
            }
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        target.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        if (pending.length() > 0) {
            target.write(masker.mask(pending.toString()));
            pending.setLength(0);
        }
        target.close();
    }
}
