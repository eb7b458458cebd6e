package io.jenkins.plugins.packer.archfixture.launch;

import hudson.FilePath;

/** Planted violation (test sources only): a class in a logic package (…packer…launch) using a Jenkins type. */
public class LaunchWithJenkinsType {
    public String where(FilePath ws) {
        return ws.getRemote();
    }
}
