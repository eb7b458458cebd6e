package io.jenkins.plugins.packer.agent;

import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.packer.workspace.WorkspacePaths;
import java.io.File;
import java.io.IOException;
import jenkins.MasterToSlaveFileCallable;

/** Runs on the agent against the workspace: fails when a workspace-relative path leads out through a link. */
public final class CheckInside extends MasterToSlaveFileCallable<Void> {

    private static final long serialVersionUID = 1L;
    private final String relative;
    private final String what;

    public CheckInside(String relative, String what) {
        this.relative = relative;
        this.what = what;
    }

    @Override
    public Void invoke(File workspace, VirtualChannel channel) throws IOException {
        WorkspacePaths.resolveInside(workspace.toPath(), relative, what);
        return null;
    }
}
