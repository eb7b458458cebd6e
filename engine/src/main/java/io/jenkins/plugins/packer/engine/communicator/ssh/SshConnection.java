package io.jenkins.plugins.packer.engine.communicator.ssh;

import java.io.IOException;
import net.schmizz.sshj.SSHClient;

/** One established, authenticated SSH connection to the build host, and the bastion connection it rides on. */
final class SshConnection implements AutoCloseable {

    private final SSHClient client;
    private final SSHClient bastion;

    SshConnection(SSHClient client, SSHClient bastion) {
        this.client = client;
        this.bastion = bastion;
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
