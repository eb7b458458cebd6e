package io.jenkins.plugins.packer.engine.communicator.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.packer.engine.communicator.RemoteCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Password, certificate and temporary-key authentication against real sshd processes. */
class SshAuthTest {

    @RegisterExtension
    final SshdExtension sshd = new SshdExtension();

    private static List<String> lines(SshCommunicator ssh, String command) throws Exception {
        List<String> out = new CopyOnWriteArrayList<>();
        assertThat(ssh.run(RemoteCommand.lines(command, out::add, null)).success()).isTrue();
        return out;
    }

    @Test
    void passwordAuthForAnOrdinaryUser() throws Exception {
        OpenSshServer server = sshd.start("sshd", new OpenSshServer.Options().password("s3cret pass"));
        SshConfig config = SshConfig.builder().host(server.host()).port(server.port())
                .username(OpenSshServer.TEST_USER).password("s3cret pass").build();
        try (SshCommunicator ssh = SshCommunicator.connect(config, new SshTestSupport.Messages())) {
            assertThat(lines(ssh, "id -u; echo $HOME")).containsExactly(String.valueOf(OpenSshServer.TEST_UID),
                    server.testUserHome().toString());
        }
        SshConfig wrong = config.toBuilder().password("nope").handshakeAttempts(1).build();
        assertThatThrownBy(() -> SshCommunicator.connect(wrong, new SshTestSupport.Messages()))
                .hasMessageContaining("original error: authentication failed: tried password, keyboard-interactive for"
                        + " user " + OpenSshServer.TEST_USER + " (the server accepts publickey,password)");
    }

    @Test
    void certificateAuth() throws Exception {
        Path keys = sshd.dir().resolve("keys");
        Path ca = Tools.clientKey(keys, "rsa");
        Path user = Tools.clientKey(keys, "ed25519");
        Tools.run("ssh-keygen", "-q", "-s", ca.toString(), "-I", "jpacker-test", "-n", "root", "-V", "-5m:+1h",
                user + ".pub");
        Path cert = Path.of(user + "-cert.pub");
        assertThat(cert).exists();
        // the server trusts the CA only; the user's key itself is not in authorized_keys
        OpenSshServer server = sshd.start("sshd", new OpenSshServer.Options()
                .config("TrustedUserCAKeys " + ca + ".pub"));
        SshConfig withCert = SshTestSupport.rootWithKey(server, user).certificateFile(cert).build();
        try (SshCommunicator ssh = SshCommunicator.connect(withCert, new SshTestSupport.Messages())) {
            assertThat(lines(ssh, "echo ok")).containsExactly("ok");
        }
        assertThat(server.log()).contains("ED25519-CERT").contains("CA RSA");
        SshConfig withoutCert = SshTestSupport.rootWithKey(server, user).handshakeAttempts(1).build();
        assertThatThrownBy(() -> SshCommunicator.connect(withoutCert, new SshTestSupport.Messages()))
                .hasMessageContaining("authentication failed: tried publickey");
    }

    @ParameterizedTest
    @CsvSource({"ED25519,0", "RSA,2048", "ECDSA,521", "ECDSA,256"})
    void temporaryKeyPairIsReadByOpenSshAndLogsIn(TemporaryKeyPair.Type type, int bits) throws Exception {
        TemporaryKeyPair pair = TemporaryKeyPair.generate(type, bits);
        assertThat(pair.name()).matches("packer_[0-9a-f-]{36}");
        assertThat(pair.privateKey()).startsWith("-----BEGIN OPENSSH PRIVATE KEY-----\n")
                .endsWith("-----END OPENSSH PRIVATE KEY-----\n");
        // OpenSSH derives the same public key from our private key text
        Path file = sshd.dir().resolve("temp_key");
        Files.writeString(file, pair.privateKey());
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        String derived = Tools.run("ssh-keygen", "-y", "-f", file.toString()).trim();
        assertThat(pair.publicKey()).isEqualTo(derived.split(" ")[0] + " " + derived.split(" ")[1] + " " + pair.name());
        assertThat(Tools.run("ssh-keygen", "-l", "-f", file.toString())).startsWith(pair.bits() + " ");

        OpenSshServer server = sshd.start("sshd", new OpenSshServer.Options().authorize(pair.publicKey()));
        SshConfig config = SshConfig.builder().host(server.host()).port(server.port()).username("root")
                .privateKey(pair.privateKey()).build();
        try (SshCommunicator ssh = SshCommunicator.connect(config, new SshTestSupport.Messages())) {
            assertThat(lines(ssh, "echo in")).containsExactly("in");
        }
    }

    @Test
    void temporaryKeyPairSizesAreCheckedAsPacker() {
        assertThatThrownBy(() -> TemporaryKeyPair.generate(TemporaryKeyPair.Type.RSA, 512))
                .hasMessage("temporary_key_pair_bits 512 is invalid for rsa: the minimum is 1024");
        assertThatThrownBy(() -> TemporaryKeyPair.generate(TemporaryKeyPair.Type.ECDSA, 255))
                .hasMessage("temporary_key_pair_bits 255 is invalid for ecdsa: use 256, 384 or 521");
        assertThatThrownBy(() -> TemporaryKeyPair.Type.parse("dsa")).hasMessageStartingWith(
                "temporary_key_pair_type \"dsa\" is not supported");
        assertThat(TemporaryKeyPair.Type.parse("ed25519")).isEqualTo(TemporaryKeyPair.Type.ED25519);
        assertThat(TemporaryKeyPair.generate(TemporaryKeyPair.Type.ED25519, 0).toString())
                .doesNotContain("PRIVATE").startsWith("TemporaryKeyPair[ED25519 256, packer_");
    }

    @Test
    void clearAuthorizedKeysRemovesOnlyTheTemporaryKey() throws Exception {
        TemporaryKeyPair pair = TemporaryKeyPair.generate(TemporaryKeyPair.Type.ED25519, 0);
        Path other = Tools.clientKey(sshd.dir().resolve("keys"), "ed25519");
        OpenSshServer server = sshd.start("sshd", new OpenSshServer.Options().password("pw")
                .authorize(Tools.publicKey(other)).authorize(pair.publicKey()));
        Path authorized = server.testUserHome().resolve(".ssh/authorized_keys");
        SshConfig config = SshConfig.builder().host(server.host()).port(server.port())
                .username(OpenSshServer.TEST_USER).privateKey(pair.privateKey()).clearAuthorizedKeys(true).build();
        try (SshCommunicator ssh = SshCommunicator.connect(config, new SshTestSupport.Messages())) {
            ssh.clearAuthorizedKeys(pair.name());
        }
        assertThat(Files.readAllLines(authorized)).containsExactly(Tools.publicKey(other));
    }

    @Test
    void agentAuthWithEd25519AndRsaKeysFromARealSshAgent() throws Exception {
        Path keys = sshd.dir().resolve("keys");
        Path ed = Tools.clientKey(keys, "ed25519");
        Path rsa = Tools.clientKey(keys, "rsa");
        Path sock = sshd.dir().resolve("agent.sock");
        Process agent = new ProcessBuilder("ssh-agent", "-D", "-a", sock.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        sshd.closeLater(() -> {
            SshAgent.socketOverride = null;
            agent.destroy();
            agent.waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
        });
        for (int i = 0; i < 100 && !Files.exists(sock); i++) {
            Thread.sleep(20);
        }
        SshAgent.socketOverride = sock.toString();
        SshConfig.Builder agentOnly = SshConfig.builder().username("root").agentAuth(true)
                .timeout(java.time.Duration.ofSeconds(10)).handshakeAttempts(1);
        assertThatThrownBy(() -> SshCommunicator.connect(agentOnly.host("127.0.0.1").port(1).build(),
                new SshTestSupport.Messages()))
                .hasMessage("ssh_agent_auth is set but the SSH agent at " + sock + " holds no keys (ssh-add one)");

        for (Path key : List.of(rsa, ed)) {
            ProcessBuilder add = new ProcessBuilder("ssh-add", key.toString()).redirectErrorStream(true);
            add.environment().put("SSH_AUTH_SOCK", sock.toString());
            Process p = add.start();
            assertThat(p.waitFor()).as(new String(p.getInputStream().readAllBytes())).isZero();
        }
        // the server knows only the RSA key: the agent's ed25519 key is refused, then RSA (rsa-sha2-256) works
        OpenSshServer server = sshd.start("sshd", new OpenSshServer.Options().authorize(Tools.publicKey(rsa)));
        try (SshCommunicator ssh = SshCommunicator.connect(agentOnly.host(server.host()).port(server.port()).build(),
                new SshTestSupport.Messages())) {
            assertThat(lines(ssh, "echo agent")).containsExactly("agent");
        }
        assertThat(server.log()).contains("Accepted publickey for root").contains("RSA SHA256:");
    }

    @Test
    void agentAuthWithoutAnAgentSaysSo() {
        Assumptions.assumeTrue(System.getenv("SSH_AUTH_SOCK") == null, "an SSH agent is set in this environment");
        SshAgent.socketOverride = null;
        SshConfig config = SshConfig.builder().host("127.0.0.1").port(1).username("root").agentAuth(true).build();
        assertThatThrownBy(() -> SshCommunicator.connect(config, new SshTestSupport.Messages()))
                .hasMessageStartingWith("ssh_agent_auth is set but no SSH agent is available: SSH_AUTH_SOCK is not set");
        SshAgent.socketOverride = "/nonexistent/agent.sock";
        try {
            assertThatThrownBy(() -> SshCommunicator.connect(config, new SshTestSupport.Messages()))
                    .hasMessageStartingWith("ssh_agent_auth is set but the SSH agent at /nonexistent/agent.sock cannot"
                            + " be used: ");
        } finally {
            SshAgent.socketOverride = null;
        }
    }
}
