package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.Credentials;
import edu.umd.cs.findbugs.annotations.NonNull;

/**
 * Stand-in declaration. Mirrors {@code src/main/java/com/cloudbees/plugins/credentials/common/IdCredentials.java} of
 * jenkinsci/credentials-plugin (line bundled by bom-2.516.x). Only getId.
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against
 * jenkinsci/credentials-plugin (find_string, id 17853705944): matches.
 * Compile-only; never packaged.
 */
public interface IdCredentials extends Credentials {
    @NonNull
    String getId();
}
