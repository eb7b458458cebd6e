package io.jenkins.plugins.packer.engine.provisioner.remote;

import io.jenkins.plugins.packer.engine.build.BuildContext;
import io.jenkins.plugins.packer.engine.cancel.CancelledException;
import io.jenkins.plugins.packer.engine.cancel.Registration;
import io.jenkins.plugins.packer.engine.communicator.CommandResult;
import io.jenkins.plugins.packer.engine.communicator.Communicator;
import io.jenkins.plugins.packer.engine.communicator.RemoteCommand;
import io.jenkins.plugins.packer.engine.communicator.RemoteProcess;
import io.jenkins.plugins.packer.engine.communicator.StartRetry;
import io.jenkins.plugins.packer.engine.provisioner.shelllocal.LocalCommand;
import java.io.IOException;
import java.time.Duration;

/**
 * Runs a remote command as Packer's {@code RemoteCmd.RunWithUi}: each line of standard output becomes a UI
 * message, each line of standard error a UI error (trailing whitespace trimmed, text before a carriage return
 * dropped). A cancellation of the build (or of the provisioner, by its {@code timeout}) ends the command's
 * channel at once and throws {@link CancelledException}.
 */
public final class RemoteRun {

    private RemoteRun() {
    }

    /** Starts {@code command} (no retry) and waits for it. */
    public static CommandResult withUi(BuildContext ctx, Communicator comm, String command) throws IOException {
        return withUi(ctx, comm, command, null, null);
    }

    /**
     * Runs {@code before} (e.g. an upload) and starts {@code command}, both retried while the machine is
     * unreachable for at most {@code startRetryTimeout} (null: once), then waits for the command.
     */
    public static CommandResult withUi(BuildContext ctx, Communicator comm, String command,
            Duration startRetryTimeout, StartRetry.Attempt<Void> before) throws IOException {
        ctx.cancel().throwIfCancelled();
        RemoteCommand cmd = RemoteCommand.lines(command,
                line -> ctx.ui().message(LocalCommand.clean(line)),
                line -> ctx.ui().error(LocalCommand.clean(line)));
        StartRetry.Attempt<RemoteProcess> start = () -> {
            if (before != null) {
                before.run();
            }
            return comm.start(cmd);
        };
        RemoteProcess process;
        try (Registration interrupt = ctx.cancel().interruptOnCancel(Thread.currentThread())) {
            process = startRetryTimeout == null ? start.run()
                    : StartRetry.retry(startRetryTimeout, ctx.log()::log, start);
        } catch (IOException e) {
            throw cancelledOr(ctx, e);
        } finally {
            clearInterrupt(ctx);
        }
        try (process; Registration closing = ctx.cancel().onCancel(process::close);
             Registration interrupt = ctx.cancel().interruptOnCancel(Thread.currentThread())) {
            CommandResult result = process.waitFor(null);
            ctx.cancel().throwIfCancelled();
            return result;
        } catch (IOException e) {
            throw cancelledOr(ctx, e);
        } finally {
            clearInterrupt(ctx);
        }
    }

    private static IOException cancelledOr(BuildContext ctx, IOException e) {
        if (ctx.cancel().isCancelled()) {
            throw new CancelledException();
        }
        return e;
    }

    private static void clearInterrupt(BuildContext ctx) {
        if (ctx.cancel().isCancelled()) {
            Thread.interrupted();
        }
    }
}
