package io.jenkins.plugins.packer;

import hudson.Extension;
import hudson.model.Describable;
import hudson.model.Descriptor;
import io.jenkins.plugins.packer.report.ArchivePlan;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/** The {@code archive} option: what to archive with the build (default: manifest and build report). */
public final class PackerArchive implements Describable<PackerArchive> {

    private boolean artifacts;
    private boolean manifest = true;
    private boolean report = true;

    @DataBoundConstructor
    public PackerArchive() {
    }

    public boolean isArtifacts() {
        return artifacts;
    }

    @DataBoundSetter
    public void setArtifacts(boolean artifacts) {
        this.artifacts = artifacts;
    }

    public boolean isManifest() {
        return manifest;
    }

    @DataBoundSetter
    public void setManifest(boolean manifest) {
        this.manifest = manifest;
    }

    public boolean isReport() {
        return report;
    }

    @DataBoundSetter
    public void setReport(boolean report) {
        this.report = report;
    }

    ArchivePlan.Options toOptions() {
        return new ArchivePlan.Options(artifacts, manifest, report);
    }

    @Extension
    public static final class DescriptorImpl extends Descriptor<PackerArchive> {
        @Override
        public String getDisplayName() {
            return PluginMessages.get("PackerArchive.displayName");
        }
    }
}
