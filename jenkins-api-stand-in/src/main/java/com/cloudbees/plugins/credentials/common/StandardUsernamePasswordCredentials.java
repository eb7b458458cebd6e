package com.cloudbees.plugins.credentials.common;

/**
 * Stand-in declaration. Mirrors {@code src/main/java/com/cloudbees/plugins/credentials/common/StandardUsernamePasswordCredentials.java} of jenkinsci/credentials-plugin (line bundled by bom-2.516.x).
 * No members of its own are used (the nested NameProvider is omitted).
 * Compile-only; never packaged.
 */
public interface StandardUsernamePasswordCredentials extends StandardUsernameCredentials, UsernamePasswordCredentials {
}
