package io.jenkins.plugins.packer.engine.builder.qemu;

import io.jenkins.plugins.packer.engine.cancel.CancelledException;
import io.jenkins.plugins.packer.engine.cancel.Registration;
import io.jenkins.plugins.packer.engine.communicator.Communicator;
import io.jenkins.plugins.packer.engine.communicator.CommunicatorException;
import io.jenkins.plugins.packer.engine.communicator.connect.ConnectState;
import io.jenkins.plugins.packer.engine.communicator.connect.SshSettings;
import io.jenkins.plugins.packer.engine.communicator.ssh.SshCommunicator;
import io.jenkins.plugins.packer.engine.communicator.ssh.SshConfig;
import io.jenkins.plugins.packer.engine.config.GoDuration;
import io.jenkins.plugins.packer.engine.step.Step;
import io.jenkins.plugins.packer.engine.step.StepContext;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Packer's {@code StepConnect} for SSH, for a QEMU guest: connects to the forwarded host port (or
 * {@code ssh_host}:{@code ssh_port} with {@code skip_nat_mapping}) with the template's communicator settings and
 * the build's temporary key pair. It first waits for the guest's SSH banner ({@link SshBanner}), because QEMU's
 * user network accepts connections long before the guest listens, then lets the SSH communicator authenticate
 * within what is left of {@code ssh_timeout}. If QEMU exits meanwhile the wait ends at once. When SSH never
 * comes up, the error carries the last lines of the guest's serial console, which usually say why. The
 * communicator goes into {@link ConnectState#COMMUNICATOR} and is closed on cancellation and in cleanup.
 */
final class StepConnectSsh implements Step {

    /** Console lines shown when SSH never comes up. */
    static final int CONSOLE_LINES = 15;

    private final QemuSettings s;
    private Registration onCancel = Registration.NONE;

    StepConnectSsh(QemuSettings s) {
        this.s = s;
    }

    SshConfig sshConfig(StepContext ctx) {
        QemuConfig c = s.config();
        String host = QemuSettings.empty(c.comm().sshHost()) ? "127.0.0.1" : c.comm().sshHost();
        int port = c.skipNatMapping() || !ctx.state().contains(QemuState.SSH_HOST_PORT) ? c.comm().sshPort()
                : ctx.state().require(QemuState.SSH_HOST_PORT);
        return SshSettings.toSshConfig(c.comm(), s.workingDir(), host, port,
                ctx.state().get(ConnectState.KEY_PAIR).orElse(null));
    }

    @Override
    public void run(StepContext ctx) throws Exception {
        SshConfig config = sshConfig(ctx);
        ctx.state().put(ConnectState.SSH_CONFIG, config);
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
        SshCommunicator communicator;
        try {
            ctx.ui().say("Using SSH communicator to connect: " + config.host());
            communicator = connect(ctx, config);
            Duration pause = s.config().comm().pauseBeforeConnecting();
            if (pause != null && !pause.isZero() && !pause.isNegative()) {
                communicator.close();
                ctx.ui().say("Pausing " + GoDuration.format(pause) + " before connecting...");
                if (ctx.cancel().await(pause)) {
                    throw new CancelledException();
                }
                communicator = SshCommunicator.connect(config, ctx.ui()::say);
            }
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
        SshCommunicator connected = communicator;
        onCancel = ctx.cancel().onCancel(connected::close);
        ctx.state().put(ConnectState.COMMUNICATOR, connected);
    }

    /** Banner first (bounded by {@code ssh_timeout}), then the SSH handshake in the time left. */
    private static SshCommunicator connect(StepContext ctx, SshConfig config) throws Exception {
        if (config.bastion() != null || config.proxy() != null) {
            // the guest is reached through a jump host or proxy: no direct banner check
            return SshCommunicator.connect(config, ctx.ui()::say);
        }
        ctx.ui().say("Waiting for SSH to become available...");
        SshCommunicator.warmUpCrypto(); // compiles while the guest boots, not during the key exchange
        long deadline = System.nanoTime() + config.timeout().toNanos();
        try {
            String banner = SshBanner.await(config.host(), config.port(), deadline,
                    reason -> ctx.ui().say("Waiting for SSH: " + reason));
            ctx.log().log("SSH server answered: " + banner.strip());
        } catch (SocketTimeoutException e) {
            throw new CommunicatorException("Timeout waiting for SSH after " + GoDuration.format(config.timeout())
                    + " (ssh_timeout) to " + config.username() + "@" + config.host() + ":" + config.port()
                    + "; last error: " + e.getMessage(), false, e);
        }
        Duration left = Duration.ofNanos(Math.max(1_000_000_000L, deadline - System.nanoTime()));
        return SshCommunicator.connect(config.toBuilder().timeout(left).build(), message -> {
            if (!message.equals("Waiting for SSH to become available...")) {
                ctx.ui().say(message);
            }
        });
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
        onCancel.close();
        ctx.state().remove(ConnectState.COMMUNICATOR).ifPresent(Communicator::close);
    }

    @Override
    public String name() {
        return "StepConnect";
    }
}
