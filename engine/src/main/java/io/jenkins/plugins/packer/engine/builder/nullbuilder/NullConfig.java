package io.jenkins.plugins.packer.engine.builder.nullbuilder;

import io.jenkins.plugins.packer.engine.communicator.connect.CommunicatorConfig;
import io.jenkins.plugins.packer.engine.config.Doc;
import io.jenkins.plugins.packer.engine.config.Squash;
import io.jenkins.plugins.packer.engine.config.Validated;
import io.jenkins.plugins.packer.engine.config.Validation;

/**
 * Configuration of the {@code null} builder: only the communicator settings (Packer's
 * {@code CommConfig communicator.Config `mapstructure:",squash"`}), with the null builder's own checks.
 *
 * @param comm the communicator settings, at the top level of the source block
 */
@Doc("Builds nothing: runs the provisioners on an existing machine reached through the communicator (`ssh`), "
        + "or, with `communicator = \"none\"`, local provisioners only. With `temporary_key_pair_type` set, a "
        + "key pair is made for the build and its public key added to the remote `~/.ssh/authorized_keys` "
        + "(`build.SSHPublicKey`, `build.SSHPrivateKey`; removed again with `ssh_clear_authorized_keys`).")
public record NullConfig(@Squash CommunicatorConfig comm) implements Validated {

    /** The communicator type ({@code ssh} unless set). */
    public String communicator() {
        return comm.type();
    }

    @Override
    public void validate(Validation v) {
        if (v.isUnknown("communicator") || comm.type().equals("none")) {
            return;
        }
        if (!set(comm.sshHost()) && !v.isUnknown("ssh_host")) {
            v.error("ssh_host", "a Host must be specified, please reference your communicator documentation",
                    "Set ssh_host to the machine to provision, or communicator = \"none\" for local provisioners.");
        }
        if (!set(comm.sshUsername()) && !v.isUnknown("ssh_username")) {
            v.error("ssh_username", "a Username must be specified, please reference your communicator documentation",
                    "");
        }
        boolean password = set(comm.sshPassword()) || v.isUnknown("ssh_password");
        boolean key = set(comm.sshPrivateKeyFile()) || v.isUnknown("ssh_private_key_file");
        if (!comm.sshAgentAuth() && !password && !key) {
            v.error("ssh_password", "one authentication method must be specified, please reference your "
                    + "communicator documentation", "Set ssh_password, ssh_private_key_file or ssh_agent_auth.");
        }
        if (comm.sshAgentAuth() && (password || key) || password && key) {
            v.error("ssh_private_key_file",
                    "only one of ssh_agent_auth, ssh_password, and ssh_private_key_file must be specified", "");
        }
    }

    private static boolean set(String s) {
        return s != null && !s.isEmpty();
    }
}
