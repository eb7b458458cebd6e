package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.Credentials;
import edu.umd.cs.findbugs.annotations.NonNull;

/**
 * Stand-in declaration. Mirrors
 * {@code src/main/java/com/cloudbees/plugins/credentials/common/UsernameCredentials.java} of
 * jenkinsci/credentials-plugin (line bundled by bom-2.516.x). getUsername, and isUsernameSecret (a default method
 * added in credentials 2.6 telling whether the username must be masked like a password).
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against
 * jenkinsci/credentials-plugin@a9b3a899b04a: partly &mdash; getUsername ok; isUsernameSecret() not in the stored
 * (pre-2.6) text: inferred from {@code @Override} in UsernamePasswordCredentialsImpl and implementations of
 * StandardUsernameCredentials (find_string); default-ness and declaring interface not verified.
 * Compile-only; never packaged.
 */
public interface UsernameCredentials extends Credentials {
    @NonNull
    String getUsername();

    default boolean isUsernameSecret() {
        throw new UnsupportedOperationException("stand-in");
    }
}
