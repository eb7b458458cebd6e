package io.jenkins.plugins.packer.engine.communicator.connect;

import io.jenkins.plugins.packer.engine.cancel.Registration;
import io.jenkins.plugins.packer.engine.communicator.Communicator;
import io.jenkins.plugins.packer.engine.communicator.NoneCommunicator;
import io.jenkins.plugins.packer.engine.communicator.ssh.SshCommunicator;
import io.jenkins.plugins.packer.engine.communicator.ssh.SshConfig;
import io.jenkins.plugins.packer.engine.communicator.ssh.TemporaryKeyPair;
import io.jenkins.plugins.packer.engine.config.GoDuration;
import io.jenkins.plugins.packer.engine.step.StateBag;
import io.jenkins.plugins.packer.engine.step.Step;
import io.jenkins.plugins.packer.engine.step.StepContext;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

/**
 * Connects to the machine (Packer's {@code communicator.StepConnect}): {@code none} gives a
 * {@link NoneCommunicator}; {@code ssh} waits for SSH as {@link SshCommunicator#connect} does, saying
 * "Using SSH communicator to connect: HOST", each new reason while waiting and "Connected to SSH!", then
 * honours {@code pause_before_connecting}. The communicator goes into {@link ConnectState#COMMUNICATOR}; it
 * is closed when the build is cancelled (so a provisioner blocked on a remote command returns at once) and
 * in cleanup.
 */
public final class StepConnect implements Step {

    private final CommunicatorConfig config;
    private final Path workingDir;
    private final Function<StateBag, String> host;
    private final Function<StateBag, Integer> port;
    private final boolean keyPairAuth;
    private Registration onCancel = Registration.NONE;

    /** Connects to {@code ssh_host}:{@code ssh_port} with the configured credentials. */
    public StepConnect(CommunicatorConfig config, Path workingDir) {
        this(config, workingDir, s -> null, s -> 0, false);
    }

    private StepConnect(CommunicatorConfig config, Path workingDir, Function<StateBag, String> host,
            Function<StateBag, Integer> port, boolean keyPairAuth) {
        this.config = config;
        this.workingDir = workingDir;
        this.host = host;
        this.port = port;
        this.keyPairAuth = keyPairAuth;
    }

    /** This step connecting to the address earlier steps computed (null / 0: {@code ssh_host} / {@code ssh_port}). */
    public StepConnect at(Function<StateBag, String> hostOf, Function<StateBag, Integer> portOf) {
        return new StepConnect(config, workingDir, hostOf, portOf, keyPairAuth);
    }

    /** This step also authenticating with the build's temporary key pair (a builder installed its public key). */
    public StepConnect withKeyPairAuth() {
        return new StepConnect(config, workingDir, host, port, true);
    }

    @Override
    public void run(StepContext ctx) throws Exception {
        if (!"ssh".equals(config.type())) {
            ctx.state().put(ConnectState.COMMUNICATOR, new NoneCommunicator());
            return;
        }
        TemporaryKeyPair pair = keyPairAuth ? ctx.state().get(ConnectState.KEY_PAIR).orElse(null) : null;
        Integer p = port.apply(ctx.state());
        SshConfig ssh = SshSettings.toSshConfig(config, workingDir, host.apply(ctx.state()), p == null ? 0 : p, pair);
        ctx.state().put(ConnectState.SSH_CONFIG, ssh);
        ctx.ui().say("Using SSH communicator to connect: " + ssh.host());
        SshCommunicator comm = connect(ctx, ssh);
        Duration pause = config.pauseBeforeConnecting();
        if (pause != null && !pause.isZero() && !pause.isNegative()) {
            comm.close();
            ctx.ui().say("Pausing " + GoDuration.format(pause) + " before connecting...");
            if (ctx.cancel().await(pause)) {
                throw new io.jenkins.plugins.packer.engine.cancel.CancelledException();
            }
            comm = connect(ctx, ssh);
        }
        SshCommunicator connected = comm;
        onCancel = ctx.cancel().onCancel(connected::close);
        ctx.state().put(ConnectState.COMMUNICATOR, connected);
    }

    private static SshCommunicator connect(StepContext ctx, SshConfig ssh) throws Exception {
        try (Registration interrupt = ctx.cancel().interruptOnCancel(Thread.currentThread())) {
            return SshCommunicator.connect(ssh, ctx.ui()::say);
        } finally {
            if (ctx.cancel().isCancelled()) {
                Thread.interrupted();
            }
        }
    }

    @Override
    public void cleanup(StepContext ctx) {
        onCancel.close();
        ctx.state().remove(ConnectState.COMMUNICATOR).ifPresent(Communicator::close);
    }
}
