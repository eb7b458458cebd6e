package io.jenkins.plugins.packer.agent;

import java.io.File;
import java.io.IOException;
import jenkins.security.MasterToSlaveCallable;

/** Runs on the agent: the path of the agent JVM's own {@code java} executable (a JDK type over the channel). */
public final class AgentJava extends MasterToSlaveCallable<String, IOException> {

    private static final long serialVersionUID = 1L;

    @Override
    public String call() throws IOException {
        File bin = new File(System.getProperty("java.home"), "bin");
        File java = new File(bin, File.separatorChar == '\\' ? "java.exe" : "java");
        if (!java.isFile()) {
            throw new IOException("the agent's JVM has no " + java);
        }
        return java.getAbsolutePath();
    }
}
