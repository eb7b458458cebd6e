package io.jenkins.plugins.packer.engine.component;

import io.jenkins.plugins.packer.engine.step.ErrorCleanupStep;
import io.jenkins.plugins.packer.engine.step.StateBag;
import io.jenkins.plugins.packer.engine.step.StateKey;
import io.jenkins.plugins.packer.engine.step.StepContext;
import io.jenkins.plugins.packer.engine.step.StepErrors;
import java.util.function.Function;

/**
 * The step of every builder's recipe that runs the provisioners (Packer's {@code StepProvision}): its run calls
 * {@link ProvisionHook#provision}; its cleanup, when this or a later step failed, says
 * {@value #CLEANUP_MESSAGE} and calls {@link ProvisionHook#cleanupProvision}. Under
 * {@code -on-error=run-cleanup-provisioner} it is the one cleanup that still runs.
 */
public final class StepProvision implements ErrorCleanupStep {

    /** The target the provisioners got; later steps may read the generated data from it. */
    public static final StateKey<ProvisionTarget> TARGET = StateKey.of("provision_target", ProvisionTarget.class);

    static final String CLEANUP_MESSAGE = "Provisioning step had errors: Running the cleanup provisioner, if present...";

    private final ProvisionHook hook;
    private final Function<StateBag, ProvisionTarget> target;

    /**
     * @param target computes the target from what earlier steps left in the state (the connection, the
     *     instance id, the HTTP server address)
     */
    public StepProvision(ProvisionHook hook, Function<StateBag, ProvisionTarget> target) {
        this.hook = hook;
        this.target = target;
    }

    @Override
    public void run(StepContext ctx) throws Exception {
        ProvisionTarget t = target.apply(ctx.state());
        ctx.state().put(TARGET, t);
        ctx.log().log("Running the provision hook");
        hook.provision(t);
    }

    @Override
    public void cleanup(StepContext ctx) throws Exception {
        if (ctx.error().isEmpty() || ctx.cancelled()) {
            return;
        }
        ProvisionTarget t = ctx.state().get(TARGET).orElseGet(() -> target.apply(ctx.state()));
        ctx.ui().say(CLEANUP_MESSAGE);
        try {
            hook.cleanupProvision(t);
        } catch (Exception e) {
            throw new Exception("Cleanup failed: " + StepErrors.message(e) + ". Original Provisioning error: "
                    + StepErrors.message(ctx.error().get()), e);
        }
    }

    @Override
    public String name() {
        return "StepProvision";
    }
}
