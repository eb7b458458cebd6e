package io.jenkins.plugins.packer.engine.communicator;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;

/**
 * Retries an operation on a communicator until it succeeds or a deadline passes, as Packer's provisioners do
 * with {@code start_retry_timeout} (the machine may be rebooting after an {@code expect_disconnect} step).
 * Only failures marked {@link CommunicatorException#retryable() retryable} are retried, at most once per
 * second; each new reason is reported to the {@link StatusSink}.
 */
public final class StartRetry {

    /** An operation that may fail with an I/O error. */
    @FunctionalInterface
    public interface Attempt<T> {
        T run() throws IOException;
    }

    private static final long POLL_MILLIS = 1000;

    private StartRetry() {
    }

    /** Starts {@code command}, retrying while the connection cannot be made, for at most {@code timeout}. */
    public static RemoteProcess start(Communicator communicator, RemoteCommand command, Duration timeout,
            StatusSink status) throws IOException {
        return retry(timeout, status, () -> communicator.start(command));
    }

    /** Runs {@code attempt} until it succeeds, fails for good, or {@code timeout} has passed. */
    public static <T> T retry(Duration timeout, StatusSink status, Attempt<T> attempt) throws IOException {
        Objects.requireNonNull(timeout, "timeout");
        long deadline = System.nanoTime() + timeout.toNanos();
        String lastReason = null;
        while (true) {
            long started = System.nanoTime();
            try {
                return attempt.run();
            } catch (CommunicatorException e) {
                if (!e.retryable()) {
                    throw e;
                }
                if (!e.getMessage().equals(lastReason)) {
                    lastReason = e.getMessage();
                    status.say("Retrying: " + lastReason);
                }
                if (System.nanoTime() - deadline >= 0) {
                    throw new CommunicatorException("gave up after " + Durations.format(timeout)
                            + " (start_retry_timeout); last error: " + lastReason, false, e);
                }
            }
            long pause = POLL_MILLIS - (System.nanoTime() - started) / 1_000_000L;
            long left = (deadline - System.nanoTime() + 999_999L) / 1_000_000L; // rounded up: wake at or after it
            sleep(Math.max(0, Math.min(pause, left)));
        }
    }

    private static void sleep(long millis) throws CommunicatorException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommunicatorException("interrupted while waiting to retry", false, e);
        }
    }
}
