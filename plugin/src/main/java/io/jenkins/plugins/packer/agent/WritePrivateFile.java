package io.jenkins.plugins.packer.agent;

import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.packer.launch.PrivateFiles;
import java.io.File;
import java.io.IOException;
import jenkins.MasterToSlaveFileCallable;

/**
 * Runs on the agent in the step's private directory: writes secret bytes to a new 0600 file, returns its path.
 * The bytes cross the (encrypted) remoting channel once and are never logged; {@link #toString()} hides them.
 */
public final class WritePrivateFile extends MasterToSlaveFileCallable<String> {

    private static final long serialVersionUID = 1L;
    private final String prefix;
    private final String suffix;
    private final byte[] content;

    public WritePrivateFile(String prefix, String suffix, byte[] content) {
        this.prefix = prefix;
        this.suffix = suffix;
        this.content = content.clone();
    }

    @Override
    public String invoke(File dir, VirtualChannel channel) throws IOException {
        return PrivateFiles.write(dir.toPath(), prefix, suffix, content).toAbsolutePath().toString();
    }

    @Override
    public String toString() {
        return "WritePrivateFile[" + prefix + "*" + suffix + ", " + content.length + " bytes]";
    }
}
