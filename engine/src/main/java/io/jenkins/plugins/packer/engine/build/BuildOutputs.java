package io.jenkins.plugins.packer.engine.build;

import java.util.ArrayList;
import java.util.List;

/**
 * Files a build's components wrote that are not artifacts but that a caller wants to find without knowing the
 * template: today the files of {@code manifest} post-processors (which pass their input artifact on, as in Packer,
 * so the manifest appears in no artifact). Collected per build for the JSON report ({@code manifests}).
 * Thread-safe: post-processor chains of one build may run while the report is assembled elsewhere.
 */
public final class BuildOutputs {

    private final List<String> manifests = new ArrayList<>();

    /** Records a manifest file, named as the component names it (relative to the working directory or absolute). */
    public synchronized void manifestWritten(String path) {
        if (!manifests.contains(path)) {
            manifests.add(path);
        }
    }

    /** The manifest files, in the order they were first written. */
    public synchronized List<String> manifests() {
        return List.copyOf(manifests);
    }
}
