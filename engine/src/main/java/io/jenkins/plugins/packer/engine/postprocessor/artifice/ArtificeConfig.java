package io.jenkins.plugins.packer.engine.postprocessor.artifice;

import io.jenkins.plugins.packer.engine.config.Doc;
import io.jenkins.plugins.packer.engine.config.Validated;
import io.jenkins.plugins.packer.engine.config.Validation;
import java.util.List;

/** Configuration of the {@code artifice} post-processor. */
@Doc("Replaces the artifact by the listed files, for example files a provisioner downloaded from the machine.")
public record ArtificeConfig(
        @Doc("Files (Go glob patterns allowed) that make up the new artifact.") List<String> files)
        implements Validated {

    @Override
    public void validate(Validation v) {
        if (!v.isUnknown("files") && (files == null || files.isEmpty())) {
            v.error("files", "No files specified in artifice configuration",
                    "List the files of the new artifact in `files`.");
        }
    }
}
