package com.cloudbees.plugins.credentials.common;

import edu.umd.cs.findbugs.annotations.NonNull;

/**
 * Stand-in declaration. Mirrors
 * {@code src/main/java/com/cloudbees/plugins/credentials/common/StandardListBoxModel.java} of
 * jenkinsci/credentials-plugin (line bundled by bom-2.516.x). Implements describe as upstream.
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against
 * jenkinsci/credentials-plugin@c3ee8ebe0bb1: FIXED (cosmetic) &mdash; {@code @Override} removed from describe
 * (upstream has none); declaration ok.
 * Compile-only; never packaged.
 */
public class StandardListBoxModel
        extends AbstractIdCredentialsListBoxModel<StandardListBoxModel, StandardCredentials> {
    @NonNull
    protected String describe(@NonNull StandardCredentials c) {
        throw new UnsupportedOperationException("stand-in");
    }
}
