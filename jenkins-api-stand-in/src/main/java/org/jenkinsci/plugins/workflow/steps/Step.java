package org.jenkinsci.plugins.workflow.steps;

import hudson.ExtensionPoint;
import hudson.model.AbstractDescribableImpl;

/**
 * Stand-in declaration. Mirrors {@code src/main/java/org/jenkinsci/plugins/workflow/steps/Step.java} of
 * jenkinsci/workflow-step-api-plugin (line bundled by bom-2.516.x). Only start and the covariant getDescriptor.
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against
 * jenkinsci/workflow-step-api-plugin@87f9eb514435: matches.
 * Compile-only; never packaged.
 */
public abstract class Step extends AbstractDescribableImpl<Step> implements ExtensionPoint {
    public abstract StepExecution start(StepContext context) throws Exception;

    @Override
    public StepDescriptor getDescriptor() {
        throw new UnsupportedOperationException("stand-in");
    }
}
