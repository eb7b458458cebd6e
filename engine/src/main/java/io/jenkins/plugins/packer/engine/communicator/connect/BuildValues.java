package io.jenkins.plugins.packer.engine.communicator.connect;

import io.jenkins.plugins.packer.engine.communicator.ssh.SshConfig;
import io.jenkins.plugins.packer.engine.communicator.ssh.TemporaryKeyPair;
import io.jenkins.plugins.packer.engine.step.StateBag;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The connection's {@code build.*} values, as Packer's {@code PopulateProvisionHookData} takes them from the
 * communicator configuration: {@code Host}, {@code Port}, {@code User}, {@code Password}, {@code ConnType},
 * {@code SSHPublicKey}, {@code SSHPrivateKey} (the temporary key pair's, else empty), and the extra
 * {@code SSHPrivateKeyFile} and {@code SSHAgentAuth} that the ansible provisioner reads.
 */
public final class BuildValues {

    private BuildValues() {
    }

    /** The values after the connect steps ran; for {@code none} only {@code ConnType}. */
    public static Map<String, String> of(CommunicatorConfig config, StateBag state) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("ConnType", config.type());
        SshConfig ssh = state.get(ConnectState.SSH_CONFIG).orElse(null);
        if (ssh == null) {
            return out;
        }
        out.put("Host", ssh.host());
        out.put("Port", Integer.toString(ssh.port()));
        out.put("User", ssh.username() == null ? "" : ssh.username());
        out.put("Password", ssh.password() == null ? "" : ssh.password());
        TemporaryKeyPair pair = state.get(ConnectState.KEY_PAIR).orElse(null);
        out.put("SSHPublicKey", pair == null ? "" : pair.publicKey());
        out.put("SSHPrivateKey", pair == null ? "" : pair.privateKey());
        out.put("SSHPrivateKeyFile", ssh.privateKeyFile() == null ? "" : ssh.privateKeyFile().toString());
        out.put("SSHAgentAuth", Boolean.toString(ssh.agentAuth()));
        return out;
    }
}
