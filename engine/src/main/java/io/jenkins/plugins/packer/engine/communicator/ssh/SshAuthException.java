package io.jenkins.plugins.packer.engine.communicator.ssh;

import io.jenkins.plugins.packer.engine.communicator.CommunicatorException;

/**
 * The server was reached but refused every credential. Counted against {@code ssh_handshake_attempts}: a
 * booting machine may refuse keys until cloud-init has installed them, so a few failures are retried.
 */
final class SshAuthException extends CommunicatorException {

    private static final long serialVersionUID = 1L;

    SshAuthException(String message, Throwable cause) {
        super(message, true, cause);
    }
}
