package io.jenkins.plugins.packer.engine.communicator.ssh;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import net.schmizz.sshj.transport.verification.FingerprintVerifier;
import net.schmizz.sshj.transport.verification.HostKeyVerifier;
import net.schmizz.sshj.transport.verification.OpenSSHKnownHosts;

/**
 * Host key policy for a bastion (jump) host, which unlike the build machine is long-lived and known: its key
 * must match a configured fingerprint, or else an entry of a known_hosts file (hashed entries and
 * {@code @cert-authority} lines work; {@code @revoked} refuses). Nothing is ever accepted blindly or written
 * back. See docs/security.md.
 */
final class BastionHostKeyVerifier implements HostKeyVerifier {

    private final HostKeyVerifier delegate;
    private final String source;
    private volatile String failure;

    private BastionHostKeyVerifier(HostKeyVerifier delegate, String source) {
        this.delegate = delegate;
        this.source = source;
    }

    /** A verifier for the bastion settings; fails with a user message if neither source of trust exists. */
    static BastionHostKeyVerifier of(SshConfig.Bastion bastion) throws IOException {
        if (bastion.hostKeyFingerprint() != null && !bastion.hostKeyFingerprint().isEmpty()) {
            return new BastionHostKeyVerifier(FingerprintVerifier.getInstance(bastion.hostKeyFingerprint()),
                    "the configured fingerprint " + bastion.hostKeyFingerprint());
        }
        Path file = bastion.knownHostsFile() != null ? bastion.knownHostsFile()
                : Path.of(System.getProperty("user.home"), ".ssh", "known_hosts");
        if (!Files.isReadable(file)) {
            throw new IOException("cannot verify the host key of bastion " + bastion.host() + ":" + bastion.port()
                    + ": no bastion host key fingerprint is configured and " + file + " is not readable");
        }
        OpenSSHKnownHosts knownHosts = new OpenSSHKnownHosts(file.toFile()) {
            @Override
            protected boolean hostKeyUnverifiableAction(String hostname, PublicKey key) {
                return false;
            }

            @Override
            protected boolean hostKeyChangedAction(String hostname, PublicKey key) {
                return false;
            }
        };
        return new BastionHostKeyVerifier(knownHosts, new File(file.toString()).toString());
    }

    @Override
    public boolean verify(String hostname, int port, PublicKey key) {
        boolean ok = delegate.verify(hostname, port, key);
        failure = ok ? null : "host key of bastion " + hostname + ":" + port + " is not trusted: the server presented "
                + HostKeys.describe(key) + ", which does not match " + source;
        return ok;
    }

    @Override
    public List<String> findExistingAlgorithms(String hostname, int port) {
        return delegate.findExistingAlgorithms(hostname, port);
    }

    /** Why the last verification failed, or null. */
    String failure() {
        return failure;
    }
}
