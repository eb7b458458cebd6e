package io.jenkins.plugins.packer.engine.builder.qemu;

import io.jenkins.plugins.packer.engine.communicator.CommunicatorException;
import io.jenkins.plugins.packer.engine.communicator.ssh.SshCommunicator;
import io.jenkins.plugins.packer.engine.communicator.ssh.SshConfig;
import io.jenkins.plugins.packer.engine.communicator.ssh.TunnelSpec;
import io.jenkins.plugins.packer.engine.config.GoDuration;
import io.jenkins.plugins.packer.engine.step.Step;
import io.jenkins.plugins.packer.engine.step.StepContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Packer's {@code StepConnect} for SSH: waits until the guest accepts SSH through the forwarded port (polling
 * once a second), up to {@code ssh_timeout}. If QEMU exits meanwhile the wait ends at once. When SSH never comes
 * up, the error carries the last lines of the guest's serial console, which usually say why (no network, a
 * kernel panic, an installer question).
 */
final class StepConnectSsh implements Step {

    /** Console lines shown when SSH never comes up. */
    static final int CONSOLE_LINES = 15;

    private final QemuSettings s;
    private SshCommunicator communicator;

    StepConnectSsh(QemuSettings s) {
        this.s = s;
    }

    SshConfig sshConfig(StepContext ctx) {
        QemuConfig c = s.config();
        String host = QemuSettings.empty(c.sshHost()) ? "127.0.0.1" : c.sshHost();
        int port = c.skipNatMapping() || !ctx.state().contains(QemuState.SSH_HOST_PORT) ? c.sshPort()
                : ctx.state().require(QemuState.SSH_HOST_PORT);
        SshConfig.Builder b = SshConfig.builder().host(host).port(port).username(c.sshUsername())
                .password(QemuSettings.empty(c.sshPassword()) ? null : c.sshPassword())
                .agentAuth(c.sshAgentAuth()).timeout(s.sshTimeout())
                .handshakeAttempts(c.sshHandshakeAttempts())
                .keepAliveInterval(c.sshKeepAliveInterval() == null ? Duration.ZERO : c.sshKeepAliveInterval())
                .readWriteTimeout(c.sshReadWriteTimeout() == null ? Duration.ZERO : c.sshReadWriteTimeout())
                .pty(c.sshPty()).disableAgentForwarding(c.sshDisableAgentForwarding())
                .fileTransferMethod(SshConfig.FileTransferMethod.valueOf(
                        c.sshFileTransferMethod().toUpperCase(Locale.ROOT)))
                .clearAuthorizedKeys(c.sshClearAuthorizedKeys())
                .localTunnels(c.sshLocalTunnels().stream().map(TunnelSpec::parse).toList())
                .remoteTunnels(c.sshRemoteTunnels().stream().map(TunnelSpec::parse).toList())
                .ciphers(c.sshCiphers()).keyExchangeAlgorithms(c.sshKeyExchangeAlgorithms())
                .hostKeyFingerprint(QemuSettings.empty(c.sshHostKeyFingerprint()) ? null : c.sshHostKeyFingerprint());
        if (!QemuSettings.empty(c.sshPrivateKeyFile())) {
            b.privateKeyFile(expandHome(c.sshPrivateKeyFile()));
        }
        if (!QemuSettings.empty(c.sshCertificateFile())) {
            b.certificateFile(expandHome(c.sshCertificateFile()));
        }
        ctx.state().get(StepSshKeyPair.PRIVATE_KEY).ifPresent(b::privateKey);
        return b.build();
    }

    private Path expandHome(String p) {
        if (p.startsWith("~/")) {
            return Path.of(System.getProperty("user.home")).resolve(p.substring(2));
        }
        return s.resolve(p);
    }

    @Override
    public void run(StepContext ctx) throws Exception {
        QemuConfig c = s.config();
        SshConfig config = sshConfig(ctx);
        Optional<QemuProcess> qemu = ctx.state().get(QemuState.QEMU);
        AtomicBoolean qemuExited = new AtomicBoolean();
        AtomicBoolean watching = new AtomicBoolean(true);
        Thread self = Thread.currentThread();
        if (qemu.isPresent() && qemu.get().process() != null) {
            qemu.get().process().onExit().thenRun(() -> {
                synchronized (watching) {
                    if (watching.get()) {
                        qemuExited.set(true);
                        self.interrupt();
                    }
                }
            });
        }
        try {
            if (c.pauseBeforeConnecting() != null && !c.pauseBeforeConnecting().isZero()) {
                ctx.ui().say("Pausing " + GoDuration.format(c.pauseBeforeConnecting()) + " before connecting...");
                Thread.sleep(c.pauseBeforeConnecting().toMillis());
            }
            ctx.ui().say("Using SSH communicator to connect: " + config.host());
            ctx.ui().say("Waiting for SSH to become available...");
            long deadline = System.nanoTime() + config.timeout().toNanos();
            try {
                String banner = SshBanner.await(config.host(), config.port(), deadline,
                        reason -> ctx.ui().say("Waiting for SSH: " + reason));
                ctx.log().log("SSH server answered: " + banner.strip());
            } catch (java.net.SocketTimeoutException e) {
                throw new CommunicatorException("Timeout waiting for SSH after "
                        + GoDuration.format(config.timeout()) + " (ssh_timeout) to " + config.username() + "@"
                        + config.host() + ":" + config.port() + "; last error: " + e.getMessage(), false, e);
            }
            Duration left = Duration.ofNanos(Math.max(1_000_000_000L, deadline - System.nanoTime()));
            communicator = SshCommunicator.connect(config.toBuilder().timeout(left).build(), message -> {
                if (!message.equals("Waiting for SSH to become available...")) {
                    ctx.ui().say(message);
                }
            });
        } catch (CommunicatorException | InterruptedException e) {
            if (qemuExited.get() || qemu.isPresent() && !qemu.get().isAlive()) {
                Thread.interrupted();
                throw new QemuException("QEMU exited while waiting for SSH" + consoleTail(ctx, qemu));
            }
            if (ctx.cancelled() || e instanceof InterruptedException) {
                throw e;
            }
            if (e.getMessage() != null && e.getMessage().startsWith("Timeout waiting for SSH")) {
                ctx.ui().error("Timeout waiting for SSH.");
                throw new CommunicatorException(e.getMessage() + consoleTail(ctx, qemu), false, e);
            }
            throw e;
        } finally {
            synchronized (watching) {
                watching.set(false);
            }
        }
        if (qemuExited.get()) {
            Thread.interrupted();
        }
        ctx.state().put(QemuState.COMMUNICATOR, communicator);
    }

    /** "\nThe guest's last console lines (FILE):\n    ..." or, without a console file, QEMU's own output. */
    static String consoleTail(StepContext ctx, Optional<QemuProcess> qemu) {
        StringBuilder sb = new StringBuilder();
        Optional<Path> serial = ctx.state().get(QemuState.SERIAL_LOG);
        String lines = "";
        if (serial.isPresent()) {
            try {
                lines = LogTail.lastLines(serial.get(), CONSOLE_LINES, StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                lines = "";
            }
        }
        if (!lines.isBlank()) {
            sb.append("\nThe guest's last console lines (").append(serial.get()).append("):");
            for (String l : lines.split("\n")) {
                sb.append("\n    ").append(l);
            }
        } else if (serial.isPresent()) {
            sb.append("\nThe guest wrote nothing to its serial console (").append(serial.get())
                    .append("); add console=ttyS0 to its kernel command line to see its boot messages here.");
        }
        String qemuOut = qemu.map(q -> q.outputTail(5)).orElse("");
        if (!qemuOut.isBlank()) {
            sb.append("\nQEMU said:");
            for (String l : qemuOut.split("\n")) {
                sb.append("\n    ").append(l);
            }
        }
        return sb.toString();
    }

    @Override
    public void cleanup(StepContext ctx) {
        if (communicator != null) {
            communicator.close();
        }
    }

    @Override
    public String name() {
        return "StepConnect";
    }
}
