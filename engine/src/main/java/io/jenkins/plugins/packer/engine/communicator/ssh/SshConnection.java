package io.jenkins.plugins.packer.engine.communicator.ssh;

import java.io.IOException;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.sftp.SFTPClient;

/**
 * One established, authenticated SSH connection to the build host, and the bastion connection it rides on.
 * It also keeps one SFTP session open on demand ({@link #sideChannel()}) for small file operations, so that
 * they cost no new remote process: sshd starts every session's command or subsystem through the user's login
 * shell, which may be slow (a {@code ~/.bashrc} that runs pyenv takes 0.5 s here).
 */
final class SshConnection implements AutoCloseable {

    private final SSHClient client;
    private final SSHClient bastion;
    private final String algorithms;
    private SFTPClient sftp;
    private boolean sftpUnavailable;

    SshConnection(SSHClient client, SSHClient bastion, String algorithms) {
        this.client = client;
        this.bastion = bastion;
        this.algorithms = algorithms;
    }

    /** The negotiated key exchange, host key algorithm and cipher, for diagnostics. */
    String algorithms() {
        return algorithms;
    }

    SSHClient client() {
        return client;
    }

    /** The jump host connection this one rides on, or null. */
    SSHClient bastion() {
        return bastion;
    }

    /** True while the transport runs and is authenticated. */
    boolean isAlive() {
        return client.isConnected() && client.isAuthenticated() && client.getTransport().isRunning()
                && (bastion == null || bastion.isConnected());
    }

    /**
     * The connection's shared SFTP session, opened at the first call; null if the server has no SFTP
     * subsystem (then callers fall back to remote commands). Callers synchronize on the returned client.
     */
    synchronized SFTPClient sideChannel() {
        if (sftp == null && !sftpUnavailable) {
            try {
                sftp = client.newSFTPClient();
            } catch (IOException | RuntimeException e) {
                sftpUnavailable = true;
            }
        }
        return sftp;
    }

    @Override
    public void close() {
        synchronized (this) {
            if (sftp != null) {
                try {
                    sftp.close();
                } catch (IOException | RuntimeException e) {
                    // the connection goes down anyway
                }
            }
        }
        quietly(client);
        if (bastion != null) {
            quietly(bastion);
        }
    }

    static void quietly(SSHClient c) {
        try {
            c.disconnect();
        } catch (IOException | RuntimeException e) {
            // closing a dead connection: nothing to report
        }
    }
}
