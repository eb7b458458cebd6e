package io.jenkins.plugins.packer;

import hudson.Extension;
import hudson.model.Describable;
import hudson.model.Descriptor;
import io.jenkins.plugins.packer.launch.EngineOptions;
import java.util.Arrays;
import java.util.List;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/** The {@code engineOptions} option: JVM settings of the engine process on the agent. */
public final class PackerEngineOptions implements Describable<PackerEngineOptions> {

    private String maxHeap;
    private String jvmOptions;

    @DataBoundConstructor
    public PackerEngineOptions() {
    }

    public String getMaxHeap() {
        return maxHeap;
    }

    /** For example {@code 2g}. */
    @DataBoundSetter
    public void setMaxHeap(String maxHeap) {
        this.maxHeap = maxHeap == null || maxHeap.isBlank() ? null : maxHeap.trim();
    }

    public String getJvmOptions() {
        return jvmOptions;
    }

    /** Whitespace-separated JVM options, e.g. {@code -Dhttps.proxyHost=proxy -Dhttps.proxyPort=3128}. */
    @DataBoundSetter
    public void setJvmOptions(String jvmOptions) {
        this.jvmOptions = jvmOptions == null || jvmOptions.isBlank() ? null : jvmOptions.trim();
    }

    EngineOptions toOptions() {
        List<String> opts = jvmOptions == null ? List.of() : Arrays.asList(jvmOptions.split("\\s+"));
        return new EngineOptions(maxHeap, opts);
    }

    @Extension
    public static final class DescriptorImpl extends Descriptor<PackerEngineOptions> {
        @Override
        public String getDisplayName() {
            return PluginMessages.get("PackerEngineOptions.displayName");
        }
    }
}
