package io.jenkins.plugins.packer.engine.communicator.connect;

import io.jenkins.plugins.packer.engine.communicator.CommandResult;
import io.jenkins.plugins.packer.engine.communicator.Communicator;
import io.jenkins.plugins.packer.engine.communicator.RemoteCommand;
import io.jenkins.plugins.packer.engine.communicator.ssh.SshCommunicator;
import io.jenkins.plugins.packer.engine.communicator.ssh.TemporaryKeyPair;
import io.jenkins.plugins.packer.engine.step.Step;
import io.jenkins.plugins.packer.engine.step.StepContext;
import java.io.IOException;

/**
 * For builders that connect to an existing machine (the {@code null} builder): appends the temporary key
 * pair's public key to the remote user's {@code ~/.ssh/authorized_keys} over the connection the configured
 * credentials opened, as cloud-init does for a cloud builder, so that tools started by provisioners (ansible)
 * can log in with {@code build.SSHPrivateKey}. With {@code ssh_clear_authorized_keys} the line is removed
 * again in cleanup. Does nothing without a key pair.
 */
public final class StepInstallTemporaryKey implements Step {

    private final boolean clear;
    private boolean installed;

    public StepInstallTemporaryKey(CommunicatorConfig config) {
        this.clear = config.sshClearAuthorizedKeys();
    }

    @Override
    public void run(StepContext ctx) throws Exception {
        TemporaryKeyPair pair = ctx.state().get(ConnectState.KEY_PAIR).orElse(null);
        Communicator comm = ctx.state().get(ConnectState.COMMUNICATOR).orElse(null);
        if (pair == null || !(comm instanceof SshCommunicator)) {
            return;
        }
        ctx.ui().say("Adding the temporary SSH key " + pair.name() + " to ~/.ssh/authorized_keys...");
        String line = pair.publicKey().replace("'", "");
        CommandResult r = comm.run(RemoteCommand.of("umask 077 && mkdir -p ~/.ssh && printf '%s\\n' '" + line
                + "' >> ~/.ssh/authorized_keys"));
        if (!r.success()) {
            throw new IOException("cannot add the temporary SSH key to ~/.ssh/authorized_keys: " + r.describe());
        }
        installed = true;
    }

    @Override
    public void cleanup(StepContext ctx) throws Exception {
        if (!installed || !clear) {
            return;
        }
        TemporaryKeyPair pair = ctx.state().get(ConnectState.KEY_PAIR).orElse(null);
        Communicator comm = ctx.state().get(ConnectState.COMMUNICATOR).orElse(null);
        if (pair != null && comm instanceof SshCommunicator ssh) {
            ctx.ui().say("Trying to remove ephemeral keys from authorized_keys files");
            ssh.clearAuthorizedKeys(pair.name());
        }
    }
}
