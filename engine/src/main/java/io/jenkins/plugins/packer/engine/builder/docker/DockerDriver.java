package io.jenkins.plugins.packer.engine.builder.docker;

import io.jenkins.plugins.packer.engine.communicator.LineSink;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

/**
 * What the docker builder, its communicator and the docker post-processors ask of a Docker Engine (Packer's
 * docker {@code Driver}). {@link EngineApiDriver} talks to the Engine API; tests may substitute their own.
 * Failures are {@link DockerException}s with the Engine's message, meant for the user.
 */
public interface DockerDriver extends AutoCloseable {

    /** The Engine's version, e.g. {@code 20.10.24}. */
    String version() throws IOException;

    /** The image named {@code ref} (name, name:tag, id or digest), if the Engine has it. */
    Optional<ImageInfo> inspectImage(String ref) throws IOException;

    /** Pulls {@code image}; progress lines (status per layer) go to {@code progress}. */
    void pull(String image, String platform, RegistryAuth auth, LineSink progress) throws IOException;

    /** Checks a registry login with the Engine ({@code docker login} without storing anything). */
    void login(RegistryAuth auth) throws IOException;

    /** Creates (not starts) a container; returns its id. */
    String createContainer(ContainerSpec spec) throws IOException;

    void startContainer(String id) throws IOException;

    /** The user the container runs as ({@code Config.User}); empty for the image's default (root). */
    String containerUser(String id) throws IOException;

    /**
     * Starts {@code cmd} in the running container and returns at once; output is pumped to the streams (either
     * may be null) until the command ends.
     *
     * @param user null for the container's user
     * @param stdin null for none (EOF at once)
     */
    ExecSession exec(String containerId, List<String> cmd, String user, InputStream stdin, OutputStream stdout,
            OutputStream stderr) throws IOException;

    /** Extracts the tar stream {@code tar} into the existing directory {@code dir} of the container. */
    void copyToContainer(String id, String dir, InputStream tar) throws IOException;

    /** A tar stream of {@code path} in the container (a file or directory, as its base name); close it. */
    InputStream copyFromContainer(String id, String path) throws IOException;

    /** Commits the container with Dockerfile {@code changes}; returns the new image id. */
    String commit(String id, String author, String message, List<String> changes) throws IOException;

    /** Writes the container's file system as a tar stream to {@code out}. */
    void exportContainer(String id, OutputStream out) throws IOException;

    /** Kills and removes the container with its anonymous volumes; no error if it is already gone. */
    void removeContainer(String id) throws IOException;

    /** Removes an image (by id or name). */
    void removeImage(String ref) throws IOException;

    /** Names {@code image} as {@code repository:tag}. */
    void tagImage(String image, String repository, String tag) throws IOException;

    /** Imports a file-system tar stream as an image named {@code repository[:tag]}; returns the image id. */
    String importImage(InputStream tar, String repository, String tag, List<String> changes, String platform)
            throws IOException;

    /** Writes {@code ref} as a {@code docker save} tar stream to {@code out}. */
    void saveImage(String ref, OutputStream out) throws IOException;

    /** Pushes {@code name} ({@code repository:tag}); progress lines go to {@code progress}. */
    void push(String name, RegistryAuth auth, LineSink progress) throws IOException;

    /** Releases the connection; never throws. */
    @Override
    void close();
}
