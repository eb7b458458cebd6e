package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;

/**
 * Stand-in declaration. Mirrors {@code src/main/java/org/jenkinsci/plugins/workflow/steps/StepExecution.java} of
 * jenkinsci/workflow-step-api-plugin (line bundled by bom-2.516.x). Only the StepContext constructor, getContext,
 * start and stop.
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against
 * jenkinsci/workflow-step-api-plugin@899e07e9779c: matches.
 * Compile-only; never packaged.
 */
public abstract class StepExecution implements Serializable {
    protected StepExecution(@NonNull StepContext context) {
        throw new UnsupportedOperationException("stand-in");
    }

    public @NonNull StepContext getContext() {
        throw new UnsupportedOperationException("stand-in");
    }

    public abstract boolean start() throws Exception;

    public void stop(@NonNull Throwable cause) throws Exception {
        throw new UnsupportedOperationException("stand-in");
    }

    private static final long serialVersionUID = 1L;
}
