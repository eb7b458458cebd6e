package com.cloudbees.jenkins.plugins.sshcredentials;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.util.Secret;
import java.util.List;

/**
 * Stand-in declaration. Mirrors
 * {@code src/main/java/com/cloudbees/jenkins/plugins/sshcredentials/SSHUserPrivateKey.java} of
 * jenkinsci/ssh-credentials-plugin. getPassphrase and getPrivateKeys (the deprecated getPrivateKey is not used).
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against
 * jenkinsci/ssh-credentials-plugin@08757cf13233: matches.
 * Compile-only; never packaged.
 */
public interface SSHUserPrivateKey extends SSHUser {
    @CheckForNull
    Secret getPassphrase();

    @NonNull
    List<String> getPrivateKeys();
}
