package org.jenkinsci.plugins.plaincredentials;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.util.Secret;

/**
 * Stand-in declaration. Mirrors {@code src/main/java/org/jenkinsci/plugins/plaincredentials/StringCredentials.java}
 * of jenkinsci/plain-credentials-plugin. Only getSecret (the nested NameProvider is omitted).
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against
 * jenkinsci/plain-credentials-plugin@5c564c5e7a30: matches.
 * Compile-only; never packaged.
 */
public interface StringCredentials extends StandardCredentials {
    @NonNull
    Secret getSecret();
}
