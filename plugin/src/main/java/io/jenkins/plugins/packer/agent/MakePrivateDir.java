package io.jenkins.plugins.packer.agent;

import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.packer.launch.PrivateFiles;
import java.io.File;
import java.io.IOException;
import jenkins.MasterToSlaveFileCallable;

/** Runs on the agent: creates the given directory (0700) and returns its absolute path. */
public final class MakePrivateDir extends MasterToSlaveFileCallable<String> {

    private static final long serialVersionUID = 1L;

    @Override
    public String invoke(File dir, VirtualChannel channel) throws IOException {
        return PrivateFiles.directory(dir.toPath()).toAbsolutePath().toString();
    }
}
