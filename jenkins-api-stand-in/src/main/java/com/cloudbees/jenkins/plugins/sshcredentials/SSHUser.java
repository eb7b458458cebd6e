package com.cloudbees.jenkins.plugins.sshcredentials;

import com.cloudbees.plugins.credentials.common.StandardUsernameCredentials;

/**
 * Stand-in declaration. Mirrors {@code src/main/java/com/cloudbees/jenkins/plugins/sshcredentials/SSHUser.java} of jenkinsci/ssh-credentials-plugin.
 * No members of its own are used (getUsername comes from UsernameCredentials).
 * Compile-only; never packaged.
 */
public interface SSHUser extends StandardUsernameCredentials {
}
