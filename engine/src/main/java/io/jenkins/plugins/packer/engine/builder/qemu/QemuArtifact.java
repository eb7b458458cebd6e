package io.jenkins.plugins.packer.engine.builder.qemu;

import io.jenkins.plugins.packer.engine.artifact.Artifact;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The qemu builder's artifact (Packer's {@code qemu.Artifact}, builder id {@value #BUILDER_ID}): the files of
 * the output directory; id {@code VM}; state {@code diskName}, {@code diskType}, {@code diskSize},
 * {@code domainType} and the build's {@code generated_data}. Destroying it removes the output directory.
 */
public record QemuArtifact(Path dir, List<String> files, Map<String, Object> state) implements Artifact {

    public static final String BUILDER_ID = "transcend.qemu";

    public QemuArtifact {
        files = List.copyOf(files);
        state = Map.copyOf(state);
    }

    @Override
    public String builderId() {
        return BUILDER_ID;
    }

    @Override
    public String id() {
        return "VM";
    }

    @Override
    public String description() {
        return "VM files in directory: " + dir;
    }

    @Override
    public void destroy() throws IOException {
        Directories.deleteRecursively(dir);
    }

    @Override
    public String toString() {
        return description();
    }
}
