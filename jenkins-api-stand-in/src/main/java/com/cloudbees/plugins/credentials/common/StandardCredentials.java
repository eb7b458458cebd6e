package com.cloudbees.plugins.credentials.common;

/**
 * Stand-in declaration. Mirrors
 * {@code src/main/java/com/cloudbees/plugins/credentials/common/StandardCredentials.java} of
 * jenkinsci/credentials-plugin (line bundled by bom-2.516.x). No member is used (getDescription is not needed).
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against
 * jenkinsci/credentials-plugin@a9b3a899b04a: matches.
 * Compile-only; never packaged.
 */
public interface StandardCredentials extends IdCredentials {
}
