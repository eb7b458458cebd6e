package com.cloudbees.plugins.credentials.common;

/**
 * Stand-in declaration. Mirrors
 * {@code src/main/java/com/cloudbees/plugins/credentials/common/StandardUsernameCredentials.java} of
 * jenkinsci/credentials-plugin (line bundled by bom-2.516.x). No members of its own.
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against
 * jenkinsci/credentials-plugin@150e25d0d9c1: matches.
 * Compile-only; never packaged.
 */
public interface StandardUsernameCredentials extends StandardCredentials, UsernameCredentials {
}
