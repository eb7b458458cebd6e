package io.jenkins.plugins.packer.engine.builder.qemu;

import io.jenkins.plugins.packer.engine.communicator.CommandResult;
import io.jenkins.plugins.packer.engine.communicator.Communicator;
import io.jenkins.plugins.packer.engine.communicator.RemoteCommand;
import io.jenkins.plugins.packer.engine.communicator.RemoteProcess;
import io.jenkins.plugins.packer.engine.communicator.connect.ConnectState;
import io.jenkins.plugins.packer.engine.config.GoDuration;
import io.jenkins.plugins.packer.engine.step.Step;
import io.jenkins.plugins.packer.engine.step.StepContext;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * Packer's {@code stepShutdown}: runs {@code shutdown_command} over SSH ("Gracefully halting virtual
 * machine...") and waits up to {@code shutdown_timeout} for QEMU to exit, which it does when the guest powers
 * off; without a shutdown command QEMU is told to quit over QMP ("Halting the virtual machine...", Packer kills
 * the process instead). With {@code communicator = "none"} it waits up to {@code shutdown_timeout} for the guest
 * to power itself off ("Waiting for shutdown...", as Packer). A dropped SSH connection while the guest goes
 * down is expected, not an error.
 */
final class StepShutdown implements Step {

    private final QemuSettings s;

    StepShutdown(QemuSettings s) {
        this.s = s;
    }

    @Override
    public void run(StepContext ctx) throws Exception {
        QemuProcess qemu = ctx.state().require(QemuState.QEMU);
        Optional<QmpClient> qmp = ctx.state().get(QemuState.QMP);
        String command = s.config().shutdownCommand();
        Optional<Communicator> comm = ctx.state().get(ConnectState.COMMUNICATOR);
        if (!s.ssh()) {
            // communicator "none": the guest (an unattended installer) powers itself off
            ctx.ui().say("Waiting for shutdown...");
            if (qemu.waitFor(s.config().shutdownTimeout()).isEmpty()) {
                throw new QemuException("Failed to shutdown: the guest did not power off within "
                        + GoDuration.format(s.config().shutdownTimeout()) + " (shutdown_timeout)");
            }
        } else if (!QemuSettings.empty(command) && comm.isPresent()) {
            ctx.ui().say("Gracefully halting virtual machine...");
            ctx.log().log("Executing shutdown command: " + command);
            try (RemoteProcess p = comm.get().start(RemoteCommand.lines(command, ctx.ui()::message,
                    ctx.ui()::message))) {
                CommandResult r = p.waitFor(s.config().shutdownTimeout());
                ctx.log().log("shutdown command: " + r.describe());
            } catch (IOException e) {
                // the guest closing the connection while powering off is how this usually ends
                ctx.log().log("shutdown command: " + e.getMessage());
            }
            Duration timeout = s.config().shutdownTimeout();
            ctx.log().log("Waiting max " + GoDuration.format(timeout) + " for shutdown to complete");
            if (qemu.waitFor(timeout).isEmpty()) {
                throw new QemuException("Timeout while waiting for machine to shut down.");
            }
        } else {
            ctx.ui().say("Halting the virtual machine...");
            if (qmp.isPresent() && !qmp.get().closed().isDone()) {
                try {
                    qmp.get().execute("quit", null, Duration.ofSeconds(10));
                } catch (IOException e) {
                    ctx.log().log("QMP quit: " + e.getMessage());
                }
            }
            if (qemu.waitFor(Duration.ofSeconds(30)).isEmpty()) {
                qemu.terminate();
                if (qemu.waitFor(Duration.ofSeconds(10)).isEmpty()) {
                    throw new QemuException("Error stopping VM: QEMU did not exit");
                }
            }
        }
        comm.ifPresent(Communicator::close);
        ctx.state().put(QemuState.SHUT_DOWN, true);
        ctx.log().log("VM shut down.");
    }

    @Override
    public String name() {
        return "stepShutdown";
    }
}
