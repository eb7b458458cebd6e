package io.jenkins.plugins.packer.engine.communicator.ssh;

import java.security.PublicKey;
import java.util.List;
import net.schmizz.sshj.transport.verification.FingerprintVerifier;
import net.schmizz.sshj.transport.verification.HostKeyVerifier;

/**
 * Host key policy for the machine being built (docs/security.md, "SSH host keys"): the machine is new in
 * every build, so no key can be known beforehand. The first key seen is accepted and pinned; every later
 * connection of the same build (reconnects after a reboot, {@code start_retry_timeout}) must present the same
 * key, or the connection is refused and {@link #mismatch()} says why. With a configured fingerprint the key
 * must match it from the first connection on.
 *
 * <p>One instance lives as long as one communicator, i.e. one build of one source.
 */
final class PinnedHostKeyVerifier implements HostKeyVerifier {

    private final String expectedFingerprint;
    private final HostKeyVerifier fingerprintCheck;
    private volatile PublicKey pinned;
    private volatile String mismatch;

    /** @param expectedFingerprint a fingerprint ({@code SHA256:...}, MD5 hex) the key must match, or null */
    PinnedHostKeyVerifier(String expectedFingerprint) {
        this.expectedFingerprint = expectedFingerprint;
        this.fingerprintCheck = expectedFingerprint == null ? null : FingerprintVerifier.getInstance(expectedFingerprint);
    }

    @Override
    public synchronized boolean verify(String hostname, int port, PublicKey key) {
        mismatch = null;
        if (fingerprintCheck != null && !fingerprintCheck.verify(hostname, port, key)) {
            mismatch = "host key of " + hostname + ":" + port + " does not match ssh_host_key_fingerprint: expected "
                    + expectedFingerprint + ", the server presented " + HostKeys.describe(key);
            return false;
        }
        if (pinned == null) {
            pinned = key;
            return true;
        }
        if (pinned.equals(key)) {
            return true;
        }
        mismatch = "host key of " + hostname + ":" + port + " changed during the build: it was "
                + HostKeys.describe(pinned) + " when the build first connected, now the server presents "
                + HostKeys.describe(key) + ". The machine was replaced or someone is intercepting the connection;"
                + " the build stops (see docs/security.md, \"SSH host keys\")";
        return false;
    }

    @Override
    public List<String> findExistingAlgorithms(String hostname, int port) {
        PublicKey key = pinned;
        // ask for the pinned key's type first, so a server with several host keys presents the pinned one
        return key == null ? List.of() : List.of(HostKeys.typeName(key));
    }

    /** The pinned key, or null before the first connection. */
    PublicKey pinned() {
        return pinned;
    }

    /** Why the last verification failed, or null. */
    String mismatch() {
        return mismatch;
    }
}
