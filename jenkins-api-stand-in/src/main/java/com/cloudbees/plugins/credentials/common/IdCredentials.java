package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.Credentials;
import edu.umd.cs.findbugs.annotations.NonNull;

/**
 * Stand-in declaration. Mirrors {@code src/main/java/com/cloudbees/plugins/credentials/common/IdCredentials.java} of jenkinsci/credentials-plugin (line bundled by bom-2.516.x).
 * Only getId.
 * Compile-only; never packaged.
 */
public interface IdCredentials extends Credentials {
    @NonNull
    String getId();
}
