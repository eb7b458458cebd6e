package com.cloudbees.jenkins.plugins.sshcredentials;

import com.cloudbees.plugins.credentials.common.StandardUsernameCredentials;

/**
 * Stand-in declaration. Mirrors {@code src/main/java/com/cloudbees/jenkins/plugins/sshcredentials/SSHUser.java} of
 * jenkinsci/ssh-credentials-plugin. No members of its own are used (getUsername comes from UsernameCredentials).
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against
 * jenkinsci/ssh-credentials-plugin@08757cf13233: FIXED &mdash; {@code @Deprecated} added (upstream deprecates
 * SSHUser); extends StandardUsernameCredentials ok.
 * Compile-only; never packaged.
 */
@Deprecated
public interface SSHUser extends StandardUsernameCredentials {
}
