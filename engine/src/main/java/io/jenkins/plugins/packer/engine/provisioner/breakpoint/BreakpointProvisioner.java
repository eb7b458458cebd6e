package io.jenkins.plugins.packer.engine.provisioner.breakpoint;

import io.jenkins.plugins.packer.engine.build.BuildContext;
import io.jenkins.plugins.packer.engine.cancel.CancelledException;
import io.jenkins.plugins.packer.engine.component.BuildInfo;
import io.jenkins.plugins.packer.engine.component.ProvisionTarget;
import io.jenkins.plugins.packer.engine.component.Provisioner;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Packer's {@code breakpoint} provisioner: "Pausing at breakpoint provisioner with note "N"." then waits for
 * Enter. Packer fails without a terminal; here the build goes on ("no terminal to pause at"), so a template
 * with a breakpoint still runs unattended. A cancellation ends the pause.
 */
public final class BreakpointProvisioner implements Provisioner {

    private final BreakpointConfig config;

    public BreakpointProvisioner(BreakpointConfig config) {
        this.config = config;
    }

    @Override
    public void provision(BuildContext ctx, BuildInfo info, ProvisionTarget target) throws Exception {
        String note = config.note() == null ? "" : config.note();
        if (Boolean.TRUE.equals(config.disable())) {
            ctx.ui().say(note.isEmpty() ? "Breakpoint provisioner disabled; continuing..."
                    : "Breakpoint provisioner with note \"" + note + "\" disabled; continuing...");
            return;
        }
        ctx.ui().say(note.isEmpty() ? "Pausing at breakpoint provisioner."
                : "Pausing at breakpoint provisioner with note \"" + note + "\".");
        if (!ctx.ui().interactive()) {
            ctx.ui().say("No terminal attached: not pausing; continuing...");
            return;
        }
        CompletableFuture<Optional<String>> answer = CompletableFuture.supplyAsync(
                () -> ctx.ui().ask("Press enter to continue."), r -> {
                    Thread t = new Thread(r, "breakpoint");
                    t.setDaemon(true);
                    t.start();
                });
        while (true) {
            if (ctx.cancel().isCancelled()) {
                throw new CancelledException();
            }
            try {
                answer.get(100, TimeUnit.MILLISECONDS);
                return;
            } catch (TimeoutException e) {
                // poll the cancellation again
            }
        }
    }
}
