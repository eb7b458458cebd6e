package org.jenkinsci.plugins.plaincredentials;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.IOException;
import java.io.InputStream;

/**
 * Stand-in declaration. Mirrors {@code src/main/java/org/jenkinsci/plugins/plaincredentials/FileCredentials.java} of
 * jenkinsci/plain-credentials-plugin. getFileName and getContent (the nested NameProvider is omitted).
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against
 * jenkinsci/plain-credentials-plugin@83f3ca6dbf7f: matches.
 * Compile-only; never packaged.
 */
public interface FileCredentials extends StandardCredentials {
    @NonNull
    String getFileName();

    @NonNull
    InputStream getContent() throws IOException;
}
