package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.Credentials;
import edu.umd.cs.findbugs.annotations.NonNull;

/**
 * Stand-in declaration. Mirrors {@code src/main/java/com/cloudbees/plugins/credentials/common/UsernameCredentials.java} of jenkinsci/credentials-plugin (line bundled by bom-2.516.x).
 * getUsername, and isUsernameSecret (a default method added in credentials 2.6 telling whether the username must
 * be masked like a password).
 * Compile-only; never packaged.
 */
public interface UsernameCredentials extends Credentials {
    @NonNull
    String getUsername();

    default boolean isUsernameSecret() {
        throw new UnsupportedOperationException("stand-in");
    }
}
