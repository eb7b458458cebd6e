package io.jenkins.plugins.packer.engine.communicator.connect;

import static io.jenkins.plugins.packer.engine.communicator.connect.CommunicatorConfig.set;

import io.jenkins.plugins.packer.engine.communicator.ssh.TemporaryKeyPair;
import io.jenkins.plugins.packer.engine.communicator.ssh.TunnelSpec;
import io.jenkins.plugins.packer.engine.config.Validation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Packer's checks of the SSH settings ({@code prepareSSH} of the sdk's communicator config), with its messages.
 * Key files given as absolute or {@code ~} paths are checked here; relative ones are resolved against the
 * build's working directory and checked when connecting.
 */
final class SshRules {

    private final CommunicatorConfig c;
    private final Validation v;

    SshRules(CommunicatorConfig c, Validation v) {
        this.c = c;
        this.v = v;
    }

    void check() {
        if (!set(c.sshPrivateKeyFile()) && set(c.sshCertificateFile()) && known("ssh_private_key_file")) {
            error("ssh_certificate_file", "ssh_private_key_file must be specified if ssh_certificate_file is specified");
        }
        if (!set(c.sshBastionPrivateKeyFile()) && set(c.sshBastionCertificateFile())
                && known("ssh_bastion_private_key_file")) {
            error("ssh_bastion_certificate_file",
                    "ssh_bastion_private_key_file must be specified if ssh_bastion_certificate_file is specified");
        }
        if (!set(c.sshUsername()) && known("ssh_username")) {
            v.error("ssh_username", "An ssh_username must be specified",
                    "Note: some builders used to default ssh_username to \"root\".");
        }
        keyFile("ssh_private_key_file", c.sshPrivateKeyFile());
        if (set(c.sshBastionHost())) {
            if (!set(c.sshBastionPassword()) && !set(c.sshBastionPrivateKeyFile()) && !set(c.sshPrivateKeyFile())
                    && !c.sshBastionAgentAuth() && known("ssh_bastion_password") && known("ssh_bastion_private_key_file")
                    && known("ssh_private_key_file")) {
                error("ssh_bastion_host",
                        "ssh_bastion_password, ssh_bastion_private_key_file or ssh_bastion_agent_auth must be specified");
            }
            keyFile("ssh_bastion_private_key_file", c.sshBastionPrivateKeyFile());
        }
        String method = c.sshFileTransferMethod();
        if (set(method) && !method.equals("scp") && !method.equals("sftp") && known("ssh_file_transfer_method")) {
            error("ssh_file_transfer_method",
                    "ssh_file_transfer_method ('" + method + "') is invalid, valid methods: sftp, scp");
        }
        if (set(c.sshBastionHost()) && set(c.sshProxyHost())) {
            error("ssh_proxy_host", "please specify either ssh_bastion_host or ssh_proxy_host, not both");
        }
        tunnels("ssh_local_tunnels", c.sshLocalTunnels());
        tunnels("ssh_remote_tunnels", c.sshRemoteTunnels());
        if (c.keyPairType() != null) {
            try {
                TemporaryKeyPair.Type.parse(c.keyPairType());
            } catch (IllegalArgumentException e) {
                error(set(c.temporaryKeyPairType()) ? "temporary_key_pair_type" : "ssh_temporary_key_pair_type",
                        e.getMessage());
            }
        }
        if (c.sshPort() <= 0 || c.sshPort() > 65535) {
            error("ssh_port", "ssh_port (" + c.sshPort() + ") is invalid: must be between 1 and 65535");
        }
    }

    private void keyFile(String field, String file) {
        if (!set(file) || !known(field)) {
            return;
        }
        Path path = KeyPaths.expandUser(file);
        if (path.isAbsolute() && !Files.isRegularFile(path)) {
            error(field, field + " is invalid: stat " + file + ": no such file or directory");
        }
    }

    private void tunnels(String field, List<String> specs) {
        if (!known(field)) {
            return;
        }
        for (String spec : specs) {
            try {
                TunnelSpec.parse(spec);
            } catch (IllegalArgumentException e) {
                error(field, field + " ('" + spec + "') is invalid: " + e.getMessage());
            }
        }
    }

    private boolean known(String field) {
        return !v.isUnknown(field);
    }

    private void error(String field, String message) {
        v.error(field, message, "");
    }
}
