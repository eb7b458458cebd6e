package io.jenkins.plugins.packer.engine.builder.docker;

import io.jenkins.plugins.packer.engine.communicator.Communicator;
import io.jenkins.plugins.packer.engine.step.StateKey;
import java.nio.file.Path;
import java.util.Map;

/** The state the docker builder's steps share. */
final class DockerState {

    static final StateKey<DockerDriver> DRIVER = StateKey.of("driver", DockerDriver.class);
    static final StateKey<Path> TEMP_DIR = StateKey.of("temp_dir", Path.class);
    static final StateKey<ImageInfo> BASE_IMAGE = StateKey.of("base_image", ImageInfo.class);
    static final StateKey<String> CONTAINER_ID = StateKey.of("container_id", String.class);
    static final StateKey<Communicator> COMMUNICATOR = StateKey.of("communicator", Communicator.class);
    static final StateKey<String> IMAGE_ID = StateKey.of("image_id", String.class);
    /** The builder's generated data ({@code build.ImageSha256}, ...); a concurrent map. */
    static final StateKey<Map<String, String>> GENERATED = StateKey.generic("generated_data");

    private DockerState() {
    }
}
