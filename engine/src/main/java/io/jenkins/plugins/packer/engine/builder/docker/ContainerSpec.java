package io.jenkins.plugins.packer.engine.builder.docker;

import java.util.List;
import java.util.Map;

/**
 * How to create the build container: what {@code docker run} would be asked for, after {@link RunCommand} read
 * the {@code run_command} and the builder added its own options (volumes, capabilities, devices, ...).
 *
 * @param entrypoint null to keep the image's entrypoint; an empty list resets it
 * @param cmd the command after the image; empty to keep the image's (or none when the entrypoint is set)
 * @param binds {@code host:container[:options]} bind mounts
 * @param tmpfs container path to mount options (may be empty)
 */
public record ContainerSpec(String image, List<String> entrypoint, List<String> cmd, boolean tty,
                            boolean openStdin, String user, String workingDir, List<String> env,
                            Map<String, String> labels, String hostname, String name, String network,
                            List<String> binds, Map<String, String> tmpfs, List<String> devices,
                            List<String> capAdd, List<String> capDrop, boolean privileged, String runtime,
                            String platform, boolean init) {
}
