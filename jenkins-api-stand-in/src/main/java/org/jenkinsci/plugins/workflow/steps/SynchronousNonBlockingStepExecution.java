package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.NonNull;

/**
 * Stand-in declaration. Mirrors
 * {@code src/main/java/org/jenkinsci/plugins/workflow/steps/SynchronousNonBlockingStepExecution.java} of
 * jenkinsci/workflow-step-api-plugin (line bundled by bom-2.516.x). Only the constructor and run(); upstream start()
 * runs run() on a background thread and stop() interrupts it.
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against
 * jenkinsci/workflow-step-api-plugin@154deb9d0538: matches.
 * Compile-only; never packaged.
 */
public abstract class SynchronousNonBlockingStepExecution<T> extends StepExecution {
    protected SynchronousNonBlockingStepExecution(@NonNull StepContext context) {
        super(context);
    }

    protected abstract T run() throws Exception;

    @Override
    public final boolean start() throws Exception {
        throw new UnsupportedOperationException("stand-in");
    }
}
