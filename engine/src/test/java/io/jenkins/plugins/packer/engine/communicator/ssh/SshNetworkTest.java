package io.jenkins.plugins.packer.engine.communicator.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.packer.engine.communicator.CommunicatorException;
import io.jenkins.plugins.packer.engine.communicator.RemoteCommand;
import io.jenkins.plugins.packer.engine.communicator.TransferProgress;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Network paths: a host in a network namespace, a bastion, SOCKS5, local and remote tunnels. */
class SshNetworkTest {

    @RegisterExtension
    final SshdExtension sshd = new SshdExtension();

    private static List<String> lines(SshCommunicator ssh, String command) throws Exception {
        List<String> out = new CopyOnWriteArrayList<>();
        assertThat(ssh.run(RemoteCommand.lines(command, out::add, null)).success()).isTrue();
        return out;
    }

    @Test
    void reachesAHostInsideANetworkNamespace() throws Exception {
        NetNs ns = sshd.netns();
        Path key = Tools.clientKey(sshd.dir().resolve("keys"), "ed25519");
        OpenSshServer server = sshd.start("ns-sshd", new OpenSshServer.Options().inNetns(ns)
                .authorize(Tools.publicKey(key)));
        assertThat(server.host()).isEqualTo(ns.innerAddress()).isNotEqualTo("127.0.0.1");
        String hostNetns = Files.readSymbolicLink(Path.of("/proc/self/ns/net")).toString();
        try (SshCommunicator ssh = SshCommunicator.connect(SshTestSupport.rootWithKey(server, key).build(),
                new SshTestSupport.Messages())) {
            List<String> out = lines(ssh, "readlink /proc/self/ns/net; echo \"$SSH_CONNECTION\"");
            assertThat(out.get(0)).isEqualTo(ns.inode()).isNotEqualTo(hostNetns);
            assertThat(out.get(1)).endsWith(ns.innerAddress() + " 22");
            Path file = sshd.dir().resolve("payload");
            String sha = SshTransferTest.writeRandom(file, 8 << 20);
            ssh.upload(sshd.dir().resolve("payload.remote").toString(), file, TransferProgress.NONE);
            assertThat(lines(ssh, "sha256sum " + sshd.dir().resolve("payload.remote")).get(0)).startsWith(sha);
        }
    }

    @Test
    void jumpsThroughABastionToAHostOnlyTheBastionCanReach() throws Exception {
        NetNs ns = sshd.netns();
        Path key = Tools.clientKey(sshd.dir().resolve("keys"), "ed25519");
        // the bastion is reachable on the namespace's veth address; the target listens on the namespace's own
        // loopback, which this host cannot reach directly
        OpenSshServer bastion = sshd.start("bastion", new OpenSshServer.Options().inNetns(ns)
                .authorize(Tools.publicKey(key)));
        OpenSshServer target = sshd.start("target", new OpenSshServer.Options().inNetnsLoopback(ns)
                .authorize(Tools.publicKey(key)));
        SshConfig direct = SshTestSupport.rootWithKey(target, key).timeout(Duration.ofSeconds(1)).build();
        // (refused, unless some unrelated process happens to hold that port number on this host)
        assertThatThrownBy(() -> SshCommunicator.connect(direct, new SshTestSupport.Messages()))
                .hasMessageStartingWith("Timeout waiting for SSH after 1s");

        SshConfig.Bastion jump = new SshConfig.Bastion(bastion.host(), bastion.port(), "root", null, key, null, false,
                bastion.hostKeyFingerprint(), null);
        SshConfig config = SshTestSupport.rootWithKey(target, key).bastion(jump).build();
        try (SshCommunicator ssh = SshCommunicator.connect(config, new SshTestSupport.Messages())) {
            assertThat(lines(ssh, "echo \"$SSH_CONNECTION\"").get(0)).startsWith("127.0.0.1 ")
                    .endsWith(" 127.0.0.1 " + target.port());
            assertThat(ssh.hostKeyFingerprint()).isEqualTo(target.hostKeyFingerprint());
            Path file = sshd.dir().resolve("through-bastion");
            String sha = SshTransferTest.writeRandom(file, 16 << 20);
            ssh.upload(sshd.dir().resolve("through-bastion.remote").toString(), file, TransferProgress.NONE);
            assertThat(lines(ssh, "sha256sum " + sshd.dir().resolve("through-bastion.remote")).get(0)).startsWith(sha);
        }
    }

    @Test
    void bastionHostKeyMustMatchTheFingerprintOrKnownHosts() throws Exception {
        Path key = Tools.clientKey(sshd.dir().resolve("keys"), "ed25519");
        OpenSshServer bastion = sshd.start("bastion", new OpenSshServer.Options().authorize(Tools.publicKey(key)));
        OpenSshServer target = sshd.start("target", new OpenSshServer.Options().authorize(Tools.publicKey(key)));
        String wrong = "SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU";
        SshConfig badFingerprint = SshTestSupport.rootWithKey(target, key).bastion(new SshConfig.Bastion(
                bastion.host(), bastion.port(), "root", null, key, null, false, wrong, null)).build();
        assertThatThrownBy(() -> SshCommunicator.connect(badFingerprint, new SshTestSupport.Messages()))
                .isInstanceOf(CommunicatorException.class)
                .hasMessage("host key of bastion 127.0.0.1:" + bastion.port() + " is not trusted: the server presented "
                        + bastion.hostKeyFingerprint() + " (ssh-ed25519), which does not match the configured"
                        + " fingerprint " + wrong);

        // known_hosts with the bastion's key: accepted; with an empty file: refused
        Path knownHosts = sshd.dir().resolve("known_hosts");
        Files.writeString(knownHosts, "[127.0.0.1]:" + bastion.port() + " "
                + Files.readString(bastion.dir().resolve("host_ed25519_key.pub")));
        SshConfig viaKnownHosts = SshTestSupport.rootWithKey(target, key).bastion(new SshConfig.Bastion(
                bastion.host(), bastion.port(), "root", null, key, null, false, null, knownHosts)).build();
        try (SshCommunicator ssh = SshCommunicator.connect(viaKnownHosts, new SshTestSupport.Messages())) {
            assertThat(lines(ssh, "echo ok")).containsExactly("ok");
        }
        Path empty = Files.writeString(sshd.dir().resolve("empty_known_hosts"), "");
        SshConfig unknown = SshTestSupport.rootWithKey(target, key).bastion(new SshConfig.Bastion(
                bastion.host(), bastion.port(), "root", null, key, null, false, null, empty)).build();
        assertThatThrownBy(() -> SshCommunicator.connect(unknown, new SshTestSupport.Messages()))
                .hasMessageContaining("host key of bastion 127.0.0.1:" + bastion.port() + " is not trusted")
                .hasMessageEndingWith("which does not match " + empty);
    }

    @Test
    void connectsThroughASocks5Proxy() throws Exception {
        Path key = Tools.clientKey(sshd.dir().resolve("keys"), "ed25519");
        OpenSshServer target = sshd.start("target", new OpenSshServer.Options().authorize(Tools.publicKey(key)));
        // OpenSSH's own client as the SOCKS5 server (ssh -D)
        int socksPort = OpenSshServer.freePort();
        Process socks = new ProcessBuilder("ssh", "-N", "-D", "127.0.0.1:" + socksPort, "-i", key.toString(),
                "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR",
                "-p", String.valueOf(target.port()), "root@127.0.0.1").redirectErrorStream(true).start();
        sshd.closeLater(() -> {
            socks.destroy();
            socks.waitFor(5, TimeUnit.SECONDS);
        });
        awaitPort(socksPort);
        SshConfig config = SshTestSupport.rootWithKey(target, key)
                .proxy(new SshConfig.Proxy("127.0.0.1", socksPort, null, null)).build();
        try (SshCommunicator ssh = SshCommunicator.connect(config, new SshTestSupport.Messages())) {
            assertThat(lines(ssh, "echo via-socks")).containsExactly("via-socks");
        }
        SshConfig deadProxy = config.toBuilder().proxy(new SshConfig.Proxy("127.0.0.1", OpenSshServer.freePort(),
                null, null)).timeout(Duration.ofSeconds(1)).build();
        assertThatThrownBy(() -> SshCommunicator.connect(deadProxy, new SshTestSupport.Messages()))
                .hasMessageContaining("through SOCKS5 proxy 127.0.0.1:")
                .hasMessageEndingWith("connection refused");
    }

    @Test
    void localAndRemoteTunnels() throws Exception {
        Path key = Tools.clientKey(sshd.dir().resolve("keys"), "ed25519");
        OpenSshServer server = sshd.start("sshd", new OpenSshServer.Options().authorize(Tools.publicKey(key)));
        // something on this side for the remote tunnel to reach
        try (ServerSocket local = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread t = new Thread(() -> {
                try (Socket s = local.accept(); OutputStream out = s.getOutputStream()) {
                    out.write("hello from here\n".getBytes(StandardCharsets.UTF_8));
                } catch (Exception e) {
                    // test ends
                }
            });
            t.setDaemon(true);
            t.start();
            int remotePort = OpenSshServer.freePort();
            SshConfig config = SshTestSupport.rootWithKey(server, key)
                    .localTunnels(List.of(TunnelSpec.parse("0:127.0.0.1:" + server.port())))
                    .remoteTunnels(List.of(TunnelSpec.parse(remotePort + ":127.0.0.1:" + local.getLocalPort())))
                    .build();
            try (SshCommunicator ssh = SshCommunicator.connect(config, new SshTestSupport.Messages())) {
                // local: our port leads to the remote side's 127.0.0.1:<sshd port>, i.e. an SSH banner
                try (Socket s = new Socket("127.0.0.1", ssh.localTunnelPort(0))) {
                    s.setSoTimeout(5000);
                    byte[] banner = s.getInputStream().readNBytes(8);
                    assertThat(new String(banner, StandardCharsets.US_ASCII)).isEqualTo("SSH-2.0-");
                }
                // remote: the remote side's port leads back to our listener
                assertThat(lines(ssh, "bash -c 'exec 3<>/dev/tcp/127.0.0.1/" + remotePort + "; head -1 <&3'"))
                        .containsExactly("hello from here");
            }
        }
        assertThatThrownBy(() -> TunnelSpec.parse("8080:localhost")).hasMessage(
                "tunnel '8080:localhost' is invalid: expected port:host:hostport or bindaddr:port:host:hostport");
    }

    private static void awaitPort(int port) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (Exception e) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("nothing listens on " + port);
    }

}
