package io.jenkins.plugins.packer.agent;

import hudson.remoting.VirtualChannel;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import jenkins.MasterToSlaveFileCallable;

/** Runs on the agent: the file's bytes, or {@code null} when it does not exist (size-limited). */
public final class ReadFile extends MasterToSlaveFileCallable<byte[]> {

    private static final long serialVersionUID = 1L;
    /** Reports larger than this are refused rather than pulled into the controller's memory. */
    static final long MAX_BYTES = 64L << 20;

    @Override
    public byte[] invoke(File f, VirtualChannel channel) throws IOException {
        if (!f.isFile()) {
            return null;
        }
        if (f.length() > MAX_BYTES) {
            throw new IOException(f + " is larger than " + (MAX_BYTES >> 20) + " MiB");
        }
        return Files.readAllBytes(f.toPath());
    }
}
