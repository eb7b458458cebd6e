package org.jenkinsci.plugins.workflow.steps;

import com.google.common.util.concurrent.FutureCallback;
import edu.umd.cs.findbugs.annotations.Nullable;
import java.io.IOException;
import java.io.Serializable;

/**
 * Stand-in declaration. Mirrors {@code src/main/java/org/jenkinsci/plugins/workflow/steps/StepContext.java} of
 * jenkinsci/workflow-step-api-plugin (line bundled by bom-2.516.x). Only get(Class); onSuccess/onFailure come from
 * Guava's FutureCallback as upstream.
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against
 * jenkinsci/workflow-step-api-plugin@30add9497079: matches.
 * Compile-only; never packaged.
 */
public abstract class StepContext implements FutureCallback<Object>, Serializable {
    public abstract @Nullable <T> T get(Class<T> key) throws IOException, InterruptedException;

    private static final long serialVersionUID = 1L;
}
