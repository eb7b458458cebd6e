package io.jenkins.plugins.packer.engine.plan;

import io.jenkins.plugins.packer.engine.artifact.Artifact;
import io.jenkins.plugins.packer.engine.build.BuildContext;
import io.jenkins.plugins.packer.engine.build.BuildFailure;
import io.jenkins.plugins.packer.engine.cancel.CancelledException;
import io.jenkins.plugins.packer.engine.component.BuildInfo;
import io.jenkins.plugins.packer.engine.component.PostProcessor;
import io.jenkins.plugins.packer.engine.component.PostProcessorResult;
import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.log.StartupTrace;
import io.jenkins.plugins.packer.engine.step.StepErrors;
import io.jenkins.plugins.packer.engine.ui.TargetedUi;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a build's post-processor chains as Packer's {@code CoreBuild.Run} does. Each chain starts from the
 * builder's artifact and feeds each result to the next post-processor. Keeping: a post-processor's default
 * {@code keep} is overridden by {@code keep_input_artifact}, except that an explicit {@code false} is ignored when
 * the post-processor forces keeping (manifest, checksum, shell-local). The builder's artifact is kept when there
 * are no chains or when the first post-processor of any chain keeps it, otherwise destroyed at the end; an
 * intermediate artifact is listed when kept and destroyed otherwise; each chain's last artifact is listed. A
 * failing post-processor ends its chain ("Post-processor failed: ...") while the other chains go on; the build then
 * fails with every error. A null artifact ends a chain silently.
 */
final class PostProcessorChains {

    private final List<List<PostProcessorPlan>> chains;

    PostProcessorChains(List<List<PostProcessorPlan>> chains) {
        this.chains = chains;
    }

    List<Artifact> run(BuildContext ctx, BuildInfo info, Artifact builderArtifact)
            throws Exception {
        if (ctx.cancel().isCancelled()) {
            ctx.log().log("Build was cancelled. Skipping post-processors.");
            throw new CancelledException();
        }
        List<Artifact> artifacts = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        boolean keepOriginal = chains.isEmpty();
        chains:
        for (List<PostProcessorPlan> chain : chains) {
            Artifact prior = builderArtifact;
            for (int i = 0; i < chain.size(); i++) {
                PostProcessorPlan pp = chain.get(i);
                ctx.ui().say("Running post-processor: " + pp.title());
                PostProcessorResult result;
                try {
                    Object config = RuntimeConfig.decode(pp.config(), info.generatedData(), ctx);
                    PostProcessor processor = pp.config().type().newPostProcessor(config);
                    StartupTrace.mark("post-processor " + pp.type());
                    result = processor.postProcess(forPostProcessor(ctx, pp), info, prior);
                } catch (Exception e) {
                    if (ctx.cancel().isCancelled()) {
                        throw e;
                    }
                    if (e instanceof BuildFailure f) {
                        diagnostics.addAll(f.diagnostics());
                    }
                    errors.add("Post-processor failed: " + StepErrors.message(e));
                    continue chains;
                }
                if (result.artifact() == null) {
                    ctx.log().log("Nil artifact, halting post-processor chain.");
                    continue chains;
                }
                boolean keep = result.keep();
                Boolean userKeep = pp.keepInputArtifact();
                if (userKeep != null) {
                    if (result.keep() && !userKeep && result.forceOverride()) {
                        ctx.log().log("The " + pp.type() + " post-processor forces keep_input_artifact=true "
                                + "to preserve integrity of the build chain. User-set keep_input_artifact=false "
                                + "will be ignored.");
                    } else {
                        keep = userKeep;
                    }
                }
                if (i == 0) {
                    if (keep && !keepOriginal) {
                        ctx.log().log("Flagging to keep original artifact from post-processor '"
                                + pp.type() + "'");
                        keepOriginal = true;
                    }
                } else if (keep) {
                    artifacts.add(prior);
                } else {
                    ctx.log().log("Deleting prior artifact from post-processor '" + pp.type() + "'");
                    destroy(prior, "Failed cleaning up prior artifact: ", "; pp is " + pp.type(), errors);
                }
                prior = result.artifact();
            }
            artifacts.add(prior);
        }
        if (keepOriginal) {
            artifacts.add(0, builderArtifact);
        } else {
            ctx.log().log("Deleting original artifact for build '" + ctx.name() + "'");
            destroy(builderArtifact, "Error destroying builder artifact: ", "; bad artifact: "
                    + builderArtifact.files(), errors);
        }
        if (!errors.isEmpty()) {
            throw new BuildFailure(GoErrors.multi(errors), diagnostics);
        }
        return artifacts;
    }

    private static void destroy(Artifact a, String prefix, String suffix, List<String> errors) {
        try {
            a.destroy();
        } catch (Exception e) {
            errors.add(prefix + StepErrors.message(e) + suffix);
        }
    }

    /** The post-processor's view: output targeted {@code BUILD (TYPE)} as in Packer. */
    private static BuildContext forPostProcessor(BuildContext ctx, PostProcessorPlan pp) {
        String target = ctx.name() + " (" + pp.type() + ")";
        TargetedUi ui = ctx.ui() instanceof TargetedUi t ? t.retarget(target) : new TargetedUi(target, ctx.ui());
        return ctx.with(ui, ctx.cancel());
    }
}
