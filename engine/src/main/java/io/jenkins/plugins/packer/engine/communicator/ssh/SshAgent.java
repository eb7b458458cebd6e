package io.jenkins.plugins.packer.engine.communicator.ssh;

import io.jenkins.plugins.packer.engine.communicator.CommunicatorException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.schmizz.sshj.userauth.method.AuthMethod;

/**
 * {@code ssh_agent_auth}: authentication with the keys of the local SSH agent ({@code SSH_AUTH_SOCK}), one
 * "publickey" attempt per key the agent holds. Unavailability (no variable, no socket, no keys) is reported
 * before any waiting, since waiting cannot fix it.
 */
final class SshAgent {

    /** For tests: an agent socket used instead of {@code SSH_AUTH_SOCK}. */
    static volatile String socketOverride;

    private SshAgent() {
    }

    /** Fails at once if {@code ssh_agent_auth} cannot work here. */
    static void check(String what) throws CommunicatorException {
        authMethods(what);
    }

    static List<AuthMethod> authMethods(String what) throws CommunicatorException {
        String field = "ssh_" + what.replace(' ', '_') + "agent_auth";
        String socket = socketOverride != null ? socketOverride : System.getenv("SSH_AUTH_SOCK");
        if (socket == null || socket.isEmpty()) {
            throw new CommunicatorException(field + " is set but no SSH agent is available: SSH_AUTH_SOCK is not set"
                    + " (start ssh-agent and ssh-add a key, or use ssh_private_key_file)", false, null);
        }
        SshAgentClient agent = new SshAgentClient(Path.of(socket));
        List<SshAgentClient.Identity> ids;
        try {
            ids = agent.identities();
        } catch (IOException e) {
            throw new CommunicatorException(field + " is set but the SSH agent at " + socket + " cannot be used: "
                    + e.getMessage(), false, e);
        }
        if (ids.isEmpty()) {
            throw new CommunicatorException(field + " is set but the SSH agent at " + socket + " holds no keys"
                    + " (ssh-add one)", false, null);
        }
        List<AuthMethod> methods = new ArrayList<>();
        for (SshAgentClient.Identity id : ids) {
            methods.add(new AgentAuthMethod(agent, id));
        }
        return methods;
    }
}
