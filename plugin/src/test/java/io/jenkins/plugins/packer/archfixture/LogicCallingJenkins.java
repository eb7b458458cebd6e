package io.jenkins.plugins.packer.archfixture;

import hudson.util.Secret;
import jenkins.model.Jenkins;

/** Planted violations (test sources only): logic reaching the Jenkins singleton and printing a Secret. */
public class LogicCallingJenkins {

    public boolean isAdmin() {
        return Jenkins.get().hasPermission(Jenkins.ADMINISTER);
    }

    public String show(Secret secret) {
        return secret.toString();
    }
}
