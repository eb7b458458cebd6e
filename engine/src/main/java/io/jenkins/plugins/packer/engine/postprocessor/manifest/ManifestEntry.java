package io.jenkins.plugins.packer.engine.postprocessor.manifest;

import java.util.List;
import java.util.Map;

/**
 * One {@code builds[]} entry of packer-manifest.json, with Packer's fields in Packer's order; {@code files} and
 * {@code customData} may be null (written as JSON {@code null}); {@code buildTime} 0 is left out.
 */
record ManifestEntry(String name, String builderType, long buildTime, List<FileEntry> files, String artifactId,
                     String packerRunUuid, Map<String, String> customData) {

    /** A {@code files[]} element. */
    record FileEntry(String name, long size) {
    }
}
