package io.jenkins.plugins.packer.engine.communicator.ssh;

import io.jenkins.plugins.packer.engine.communicator.CommunicatorException;
import io.jenkins.plugins.packer.engine.communicator.Durations;
import io.jenkins.plugins.packer.engine.communicator.StatusSink;
import java.time.Duration;

/**
 * Waiting for SSH, as Packer's {@code StepConnectSSH} but polling once a second instead of every five:
 * tries from the moment the builder says the host exists until {@code ssh_timeout}, says
 * "Waiting for SSH to become available...", then each new reason for failure ("connection refused",
 * "authentication failed: tried publickey ..."), and "Connected to SSH!" at the end. Authentication failures
 * count against {@code ssh_handshake_attempts}; failures that waiting cannot fix end the wait at once.
 */
final class SshWait {

    /** One connection attempt with the time left. */
    @FunctionalInterface
    interface Attempt {
        SshConnection connect(Duration budget) throws CommunicatorException;
    }

    static final long POLL_MILLIS = 1000;

    private final SshConfig config;
    private final StatusSink status;

    SshWait(SshConfig config, StatusSink status) {
        this.config = config;
        this.status = status;
    }

    SshConnection await(Attempt attempt) throws CommunicatorException {
        status.say("Waiting for SSH to become available...");
        long start = System.nanoTime();
        long deadline = start + config.timeout().toNanos();
        int authFailures = 0;
        String lastReason = null;
        while (true) {
            long attemptStart = System.nanoTime();
            if (lastReason != null && attemptStart - deadline >= 0) {
                // the pause ended at the deadline: an attempt now would have no time left, and its timeout
                // would hide the real reason (a refused connection would read as an i/o timeout)
                throw timeout(lastReason);
            }
            try {
                SshConnection connection = attempt.connect(Duration.ofNanos(Math.max(1, deadline - attemptStart)));
                status.say("Connected to SSH!");
                return connection;
            } catch (SshAuthException e) {
                authFailures++;
                if (authFailures >= config.handshakeAttempts()) {
                    throw new CommunicatorException("Packer experienced an authentication error when trying to connect"
                            + " via SSH. This can happen if your username/password are wrong. You may want to"
                            + " double-check your credentials as part of your debugging process. original error: "
                            + e.getMessage() + " (" + authFailures + " attempts, ssh_handshake_attempts = "
                            + config.handshakeAttempts() + ")", false, e);
                }
                lastReason = report(e.getMessage(), lastReason);
            } catch (CommunicatorException e) {
                if (!e.retryable()) {
                    throw e;
                }
                lastReason = report(e.getMessage(), lastReason);
            }
            long now = System.nanoTime();
            if (now - deadline >= 0) {
                throw timeout(lastReason);
            }
            long pause = POLL_MILLIS - (now - attemptStart) / 1_000_000L;
            long left = (deadline - now + 999_999L) / 1_000_000L; // rounded up: wake at or after the deadline
            sleep(Math.max(0, Math.min(pause, left)));
        }
    }

    private CommunicatorException timeout(String lastReason) {
        return new CommunicatorException("Timeout waiting for SSH after " + Durations.format(config.timeout())
                + " (ssh_timeout) to " + config.username() + "@" + config.host() + ":" + config.port()
                + "; last error: " + lastReason, false, null);
    }

    private String report(String reason, String lastReason) {
        if (!reason.equals(lastReason)) {
            status.say("Waiting for SSH: " + reason);
        }
        return reason;
    }

    private static void sleep(long millis) throws CommunicatorException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommunicatorException("interrupted while waiting for SSH", false, e);
        }
    }
}
