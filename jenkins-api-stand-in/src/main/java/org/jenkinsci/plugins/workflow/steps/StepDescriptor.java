package org.jenkinsci.plugins.workflow.steps;

import hudson.model.Descriptor;
import java.util.Set;

/**
 * Stand-in declaration. Mirrors {@code src/main/java/org/jenkinsci/plugins/workflow/steps/StepDescriptor.java} of
 * jenkinsci/workflow-step-api-plugin (line bundled by bom-2.516.x). Only the two abstract members every step
 * descriptor implements.
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against
 * jenkinsci/workflow-step-api-plugin@b71836c1091 (index id 39755446909): matches.
 * Compile-only; never packaged.
 */
public abstract class StepDescriptor extends Descriptor<Step> {
    public abstract Set<? extends Class<?>> getRequiredContext();

    public abstract String getFunctionName();
}
