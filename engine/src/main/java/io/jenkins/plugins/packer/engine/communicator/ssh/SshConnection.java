package io.jenkins.plugins.packer.engine.communicator.ssh;

import java.io.IOException;
import net.schmizz.sshj.SSHClient;

/** One established, authenticated SSH connection to the build host, and the bastion connection it rides on. */
final class SshConnection implements AutoCloseable {

    private final SSHClient client;
    private final SSHClient bastion;
    private final String algorithms;

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

    /** True while the transport runs and is authenticated. */
    boolean isAlive() {
        return client.isConnected() && client.isAuthenticated() && client.getTransport().isRunning()
                && (bastion == null || bastion.isConnected());
    }

    @Override
    public void close() {
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
