package io.jenkins.plugins.packer.engine.plan;

import io.jenkins.plugins.packer.engine.build.BuildContext;
import io.jenkins.plugins.packer.engine.cancel.CancelledException;
import io.jenkins.plugins.packer.engine.component.BuildInfo;
import io.jenkins.plugins.packer.engine.component.ProvisionHook;
import io.jenkins.plugins.packer.engine.component.ProvisionTarget;
import io.jenkins.plugins.packer.engine.component.Provisioner;
import io.jenkins.plugins.packer.engine.step.StepErrors;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The provision hook a build hands its builder: for each provisioner of the build (only/except already
 * applied), in template order, decodes its configuration with the build values the builder provided, then runs
 * it through {@link ProvisionerRun}; {@code continue_on_error} turns a failure into a warning. The
 * {@code error-cleanup-provisioner} runs on {@link #cleanupProvision}. Remembers the build values for the
 * post-processors.
 */
final class ProvisionerHook implements ProvisionHook {

    private final BuildContext ctx;
    private final BuildInfo info;
    private final List<ProvisionerPlan> provisioners;
    private final ProvisionerPlan errorCleanup;
    private volatile Map<String, String> data;

    ProvisionerHook(BuildContext ctx, BuildInfo info, List<ProvisionerPlan> provisioners,
            ProvisionerPlan errorCleanup) {
        this.ctx = ctx;
        this.info = info;
        this.provisioners = provisioners;
        this.errorCleanup = errorCleanup;
    }

    /** The build values of the last hook call, if the builder called it. */
    Optional<Map<String, String>> generatedData() {
        return Optional.ofNullable(data);
    }

    @Override
    public void provision(ProvisionTarget target) throws Exception {
        Map<String, String> values = target.completeData(info.runUuid());
        data = values;
        for (ProvisionerPlan p : provisioners) {
            ctx.cancel().throwIfCancelled();
            runOne(p, target, values);
        }
    }

    @Override
    public void cleanupProvision(ProvisionTarget target) throws Exception {
        if (errorCleanup != null) {
            runOne(errorCleanup, target, target.completeData(info.runUuid()));
        }
    }

    private void runOne(ProvisionerPlan plan, ProvisionTarget target, Map<String, String> values) throws Exception {
        Object config = RuntimeConfig.decode(plan.config(), values, ctx);
        Provisioner provisioner = plan.config().type().newProvisioner(config);
        if (ctx.options().debug()) {
            debugPause();
        }
        try {
            new ProvisionerRun(plan, provisioner).run(ctx, info.withGeneratedData(values), target);
        } catch (Exception e) {
            if (!plan.continueOnError() || ctx.cancel().isCancelled()) {
                throw e;
            }
            ctx.ui().error("Warning: Provisioner failed with " + ProvisionerRun.goQuote(StepErrors.message(e))
                    + ", but continue_on_error is set; continuing the build.");
        }
    }

    /** {@code -debug}: Packer's DebuggedProvisioner, waiting for Enter (not without a terminal). */
    private void debugPause() throws Exception {
        if (!ctx.ui().interactive()) {
            return;
        }
        CompletableFuture<Optional<String>> answer = CompletableFuture.supplyAsync(
                () -> ctx.ui().ask("Pausing before the next provisioner . Press enter to continue."), r -> {
                    Thread t = new Thread(r, "debug-pause");
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
