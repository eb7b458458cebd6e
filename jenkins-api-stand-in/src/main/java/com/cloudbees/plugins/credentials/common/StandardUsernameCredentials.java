package com.cloudbees.plugins.credentials.common;

/**
 * Stand-in declaration. Mirrors {@code src/main/java/com/cloudbees/plugins/credentials/common/StandardUsernameCredentials.java} of jenkinsci/credentials-plugin (line bundled by bom-2.516.x).
 * No members of its own.
 * Compile-only; never packaged.
 */
public interface StandardUsernameCredentials extends StandardCredentials, UsernameCredentials {
}
