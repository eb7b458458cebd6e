package io.jenkins.plugins.packer.engine.artifact;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a builder or post-processor produced (Packer's {@code packersdk.Artifact}): the id of the builder that
 * made it, its files, an id, the human description listed after a build ({@code --> NAME: description}),
 * named state for later post-processors, and how to destroy it.
 */
public interface Artifact {

    /** Identifies the producing component's artifact format, e.g. {@code packer.file}, {@code fnoeding.null}. */
    String builderId();

    /** The files of the artifact as the component names them (relative paths stay relative). */
    List<String> files();

    /** A unique id of the artifact, e.g. an image id; {@code File} or {@code Null} for the core builders. */
    String id();

    /** Packer's {@code String()}: {@code Stored file: out-a.txt}. */
    String description();

    /** Packer's {@code State(name)}: extra data post-processors may read, e.g. {@code generated_data}. */
    Map<String, Object> state();

    /** One state entry. */
    default Optional<Object> state(String name) {
        return Optional.ofNullable(state().get(name));
    }

    /** Deletes the artifact (its files, its image); used when a post-processor does not keep its input. */
    void destroy() throws IOException;
}
