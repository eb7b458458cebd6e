package io.jenkins.plugins.packer.engine.communicator.ssh;

import io.jenkins.plugins.packer.engine.communicator.CommunicatorException;
import java.util.List;
import net.schmizz.sshj.userauth.method.AuthMethod;

/** {@code ssh_agent_auth}: authentication with the keys of the local SSH agent ({@code SSH_AUTH_SOCK}). */
final class SshAgent {

    private SshAgent() {
    }

    /** Fails at once (before any waiting) if {@code ssh_agent_auth} cannot work here. */
    static void check(String what) throws CommunicatorException {
        authMethods(what);
    }

    static List<AuthMethod> authMethods(String what) throws CommunicatorException {
        String socket = System.getenv("SSH_AUTH_SOCK");
        if (socket == null || socket.isEmpty()) {
            throw new CommunicatorException("ssh_" + what.replace(' ', '_') + "agent_auth is set but no SSH agent"
                    + " is available: SSH_AUTH_SOCK is not set (start ssh-agent and ssh-add a key, or use"
                    + " ssh_private_key_file)", false, null);
        }
        throw new CommunicatorException("ssh_agent_auth is not supported yet by this engine (sshj 0.40.0 has no"
                + " agent client); use ssh_private_key_file", false, null);
    }
}
