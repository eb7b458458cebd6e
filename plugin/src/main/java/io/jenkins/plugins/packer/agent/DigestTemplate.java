package io.jenkins.plugins.packer.agent;

import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.packer.workspace.TemplateDigest;
import io.jenkins.plugins.packer.workspace.WorkspacePaths;
import java.io.File;
import java.io.IOException;
import jenkins.MasterToSlaveFileCallable;

/** Runs on the agent against the workspace: SHA-256 of the template set (see {@link TemplateDigest}). */
public final class DigestTemplate extends MasterToSlaveFileCallable<String> {

    private static final long serialVersionUID = 1L;
    private final String template;

    public DigestTemplate(String template) {
        this.template = template;
    }

    @Override
    public String invoke(File workspace, VirtualChannel channel) throws IOException {
        return TemplateDigest.sha256(WorkspacePaths.resolveInside(workspace.toPath(), template, "template"));
    }
}
