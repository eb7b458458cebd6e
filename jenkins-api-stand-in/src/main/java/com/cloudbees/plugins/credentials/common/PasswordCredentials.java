package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.Credentials;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.util.Secret;

/**
 * Stand-in declaration. Mirrors
 * {@code src/main/java/com/cloudbees/plugins/credentials/common/PasswordCredentials.java} of
 * jenkinsci/credentials-plugin (line bundled by bom-2.516.x). Only getPassword.
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against
 * jenkinsci/credentials-plugin@019b4a17b3bc: matches.
 * Compile-only; never packaged.
 */
public interface PasswordCredentials extends Credentials {
    @NonNull
    Secret getPassword();
}
