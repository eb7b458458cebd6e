package com.cloudbees.plugins.credentials.common;

/**
 * Stand-in declaration. Mirrors
 * {@code src/main/java/com/cloudbees/plugins/credentials/common/StandardUsernamePasswordCredentials.java} of
 * jenkinsci/credentials-plugin (line bundled by bom-2.516.x). No members of its own are used (the nested
 * NameProvider is omitted).
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against
 * jenkinsci/credentials-plugin@0d65c846b5fb: matches.
 * Compile-only; never packaged.
 */
public interface StandardUsernamePasswordCredentials extends StandardUsernameCredentials, UsernamePasswordCredentials {
}
