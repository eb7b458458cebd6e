package io.jenkins.plugins.packer.engine.builder.docker;

import io.jenkins.plugins.packer.engine.config.Default;
import io.jenkins.plugins.packer.engine.config.Doc;
import io.jenkins.plugins.packer.engine.config.Required;
import io.jenkins.plugins.packer.engine.config.Sensitive;
import io.jenkins.plugins.packer.engine.config.Validated;
import io.jenkins.plugins.packer.engine.config.Validation;
import java.util.List;
import java.util.Map;

/**
 * Configuration of the {@code docker} builder (Packer's docker plugin {@code builder/docker/config.go}). The
 * engine talks to the Docker Engine API itself ({@code DOCKER_HOST}), so {@code run_command} is read as
 * {@code docker run} arguments (see {@link RunCommand}) and {@code docker_path} is not used.
 */
@Doc("Runs a container from `image` on a Docker Engine (reached through `DOCKER_HOST`, default "
        + "`unix:///var/run/docker.sock`), provisions it through the `docker` communicator (exec and tar "
        + "streams over the Engine API, no docker CLI) and commits it to an image, exports its file system to a "
        + "tar file, or discards it. The container is always removed at the end, also on failure or cancel.")
public record DockerConfig(
        @Doc("The base image, as `docker pull` names it (`busybox`, `debian:bookworm`, `repo@sha256:...`).")
        @Required String image,
        @Doc("Pull `image` before the build. Set it to `false` for local images.") @Default("true") Boolean pull,
        @Doc("Commit the container to a new image (artifact: the image id). Exactly one of `commit`, "
                + "`discard` and `export_path` is required.") Boolean commit,
        @Doc("Throw the container away after provisioning (for `artifice`).") Boolean discard,
        @Doc("Export the container's file system to this tar file.") String exportPath,
        @Doc("Dockerfile instructions applied by the commit: CMD, ENTRYPOINT, ENV, EXPOSE, HEALTHCHECK, LABEL, "
                + "ONBUILD, STOPSIGNAL, USER, VOLUME, WORKDIR. The base image's CMD and ENTRYPOINT are restored "
                + "unless these set them.") List<String> changes,
        @Doc("The commit's author.") String author,
        @Doc("The commit's message.") String message,
        @Doc("`docker run` arguments for the build container; `{{.Image}}` is the image. Default "
                + "`[\"-d\", \"-i\", \"-t\", \"--entrypoint=/bin/sh\", \"--\", \"{{.Image}}\"]`. The options "
                + "this engine understands are listed in docs/compatibility.md.") List<String> runCommand,
        @Doc("Extra bind mounts, host path to container path (`~/` is the home directory).")
        Map<String, String> volumes,
        @Doc("Where the build's temporary host directory is mounted in the container.")
        @Default("/packer-files") String containerDir,
        @Doc("Run the container privileged.") Boolean privileged,
        @Doc("Linux capabilities to add.") List<String> capAdd,
        @Doc("Linux capabilities to drop.") List<String> capDrop,
        @Doc("tmpfs mounts, `PATH[:OPTIONS]`.") List<String> tmpfs,
        @Doc("Host devices, `HOST[:CONTAINER[:PERMISSIONS]]`.") List<String> device,
        @Doc("The user (`UID`, `NAME`, `UID:GID`) the communicator runs commands as.") String execUser,
        @Doc("The platform (`linux/amd64`) to pull and run.") String platform,
        @Doc("The container runtime (`runc`, ...).") String runtime,
        @Doc("Give uploaded files to the container's user (`chown -R`).") @Default("true") Boolean fixUploadOwner,
        @Doc("Windows containers: not supported by this engine.") Boolean windowsContainer,
        @Doc("Path of the docker CLI. Ignored: this engine uses the Engine API.") String dockerPath,
        @Doc("Log in to `login_server` to pull `image`.") Boolean login,
        @Doc("The registry to log in to.") String loginServer,
        @Doc("The registry user.") String loginUsername,
        @Doc("The registry password (masked in all output).") @Sensitive String loginPassword,
        @Doc("Amazon ECR login: not available in this engine.") Boolean ecrLogin,
        @Doc("For `ecr_login` (not available).") String awsAccessKey,
        @Doc("For `ecr_login` (not available).") @Sensitive String awsSecretKey,
        @Doc("For `ecr_login` (not available).") @Sensitive String awsToken,
        @Doc("For `ecr_login` (not available).") String awsProfile,
        @Doc("How provisioners reach the container: `docker` (default) or `none`.") @Default("docker")
        String communicator) implements Validated {

    /** Packer's default {@code run_command}. */
    public static final List<String> DEFAULT_RUN_COMMAND =
            List.of("-d", "-i", "-t", "--entrypoint=/bin/sh", "--", "{{.Image}}");

    /** Instructions the Docker Engine accepts in a commit's changes. */
    static final List<String> COMMIT_INSTRUCTIONS = List.of("CMD", "ENTRYPOINT", "ENV", "EXPOSE", "HEALTHCHECK",
            "LABEL", "ONBUILD", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR");

    static final String ARTIFACT_CONFLICT = "Cannot specify more than one of commit, discard, and export_path";
    static final String ARTIFACT_NOT_USED =
            "No instructions given for handling the artifact; expected commit, discard, or export_path";

    @Override
    public void validate(Validation v) {
        if (!v.isUnknown("image") && (image == null || image.isEmpty())) {
            v.error("image", "Image must be specified", "Set `image` to the base image, e.g. \"debian:bookworm\".");
        }
        boolean c = Boolean.TRUE.equals(commit) || v.isUnknown("commit");
        boolean d = Boolean.TRUE.equals(discard) || v.isUnknown("discard");
        boolean e = exportPath != null && !exportPath.isEmpty() || v.isUnknown("export_path");
        if (c && d || c && e || d && e) {
            v.error(e ? "export_path" : "discard", ARTIFACT_CONFLICT, "Choose one way to keep the result.");
        } else if (!c && !d && !e) {
            v.error("commit", ARTIFACT_NOT_USED, "Set commit = true, discard = true or export_path.");
        }
        if (changes != null) {
            for (String change : changes) {
                String word = firstWord(change).toUpperCase(java.util.Locale.ROOT);
                if (!COMMIT_INSTRUCTIONS.contains(word)) {
                    v.error("changes", word.isEmpty() ? "Empty change" : word + " is not a valid change command",
                            "A change is a Dockerfile instruction among " + String.join(", ", COMMIT_INSTRUCTIONS)
                                    + ".");
                }
            }
        }
        if (Boolean.TRUE.equals(ecrLogin)) {
            if (loginServer == null || loginServer.isEmpty()) {
                v.error("login_server", "ECR login requires login server to be provided.",
                        "Set login_server to the ECR registry.");
            }
            v.error("ecr_login", "ecr_login is not available",
                    "This engine cannot fetch Amazon ECR credentials. Use login = true with login_username and "
                            + "login_password (e.g. from `aws ecr get-login-password`) instead.");
        }
        if (Boolean.TRUE.equals(windowsContainer)) {
            v.error("windows_container", "Windows containers are not supported",
                    "This engine builds Linux containers only.");
        }
        if (communicator != null && !v.isUnknown("communicator") && !communicator.equals("docker")
                && !communicator.equals("none")) {
            v.error("communicator", "Unsupported communicator \"" + communicator + "\"",
                    "The docker builder of this engine supports communicator = \"docker\" (default) and \"none\".");
        }
        if (runCommand != null && !runCommand.isEmpty() && !v.isUnknown("run_command")) {
            String problem = RunCommand.check(runCommand);
            if (problem != null) {
                v.error("run_command", "Invalid run_command", problem);
            }
        }
        for (String field : List.of("cap_add", "cap_drop")) {
            List<String> caps = field.equals("cap_add") ? capAdd : capDrop;
            for (String cap : caps == null ? List.<String>of() : caps) {
                try {
                    ContainerSpecs.capability(cap);
                } catch (IllegalArgumentException bad) {
                    v.error(field, bad.getMessage(), "Use a Linux capability name such as NET_ADMIN or ALL.");
                }
            }
        }
        if (dockerPath != null && !dockerPath.isEmpty()) {
            v.warning("docker_path", "docker_path is ignored",
                    "This engine talks to the Docker Engine API directly (DOCKER_HOST); no docker CLI is run.");
        }
    }

    static String firstWord(String change) {
        String s = change == null ? "" : change.strip();
        int i = 0;
        while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return s.substring(0, i);
    }

    /** The effective {@code run_command}. */
    List<String> effectiveRunCommand() {
        return runCommand == null || runCommand.isEmpty() ? DEFAULT_RUN_COMMAND : runCommand;
    }

    boolean pullEnabled() {
        return pull == null || pull;
    }

    String effectiveContainerDir() {
        return containerDir == null || containerDir.isEmpty() ? "/packer-files" : containerDir;
    }

    boolean fixOwner() {
        return fixUploadOwner == null || fixUploadOwner;
    }

    boolean commits() {
        return Boolean.TRUE.equals(commit);
    }

    boolean exports() {
        return exportPath != null && !exportPath.isEmpty();
    }

    /** The registry login for pulling {@code image}, or null without {@code login}. */
    RegistryAuth auth() {
        return Boolean.TRUE.equals(login) ? new RegistryAuth(loginServer, loginUsername, loginPassword) : null;
    }

    List<String> changesOrEmpty() {
        return changes == null ? List.of() : changes;
    }
}
