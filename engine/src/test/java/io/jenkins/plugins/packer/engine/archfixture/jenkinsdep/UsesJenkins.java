package io.jenkins.plugins.packer.engine.archfixture.jenkinsdep;

import hudson.archfixture.FakeJenkinsType;

/** Planted violation (test sources only): an engine class that uses a {@code hudson.*} type. */
public class UsesJenkins {
    public String describe(FakeJenkinsType run) {
        return run.toString();
    }
}
