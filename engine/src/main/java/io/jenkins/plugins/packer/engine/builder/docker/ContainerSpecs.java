package io.jenkins.plugins.packer.engine.builder.docker;

import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.Device;
import com.github.dockerjava.api.model.HostConfig;
import java.util.List;
import java.util.Locale;

/** Maps a {@link ContainerSpec} onto docker-java's create-container request. */
final class ContainerSpecs {

    private ContainerSpecs() {
    }

    static void apply(ContainerSpec s, CreateContainerCmd cmd) {
        if (s.entrypoint() != null) {
            // an empty list resets the image's entrypoint, as `--entrypoint ""` does
            cmd.withEntrypoint(s.entrypoint().isEmpty() ? List.of("") : s.entrypoint());
        }
        if (!s.cmd().isEmpty()) {
            cmd.withCmd(s.cmd());
        }
        cmd.withTty(s.tty()).withStdinOpen(s.openStdin()).withAttachStdin(false);
        if (s.user() != null) {
            cmd.withUser(s.user());
        }
        if (s.workingDir() != null) {
            cmd.withWorkingDir(s.workingDir());
        }
        if (!s.env().isEmpty()) {
            cmd.withEnv(s.env());
        }
        if (!s.labels().isEmpty()) {
            cmd.withLabels(s.labels());
        }
        if (s.hostname() != null) {
            cmd.withHostName(s.hostname());
        }
        if (s.name() != null) {
            cmd.withName(s.name());
        }
        if (s.platform() != null && !s.platform().isEmpty()) {
            cmd.withPlatform(s.platform());
        }
        HostConfig host = HostConfig.newHostConfig()
                .withBinds(s.binds().stream().map(Bind::parse).toList())
                .withPrivileged(s.privileged());
        if (!s.tmpfs().isEmpty()) {
            host.withTmpFs(s.tmpfs());
        }
        if (!s.devices().isEmpty()) {
            host.withDevices(s.devices().stream().map(ContainerSpecs::device).toList());
        }
        if (!s.capAdd().isEmpty()) {
            host.withCapAdd(s.capAdd().stream().map(ContainerSpecs::capability).toArray(Capability[]::new));
        }
        if (!s.capDrop().isEmpty()) {
            host.withCapDrop(s.capDrop().stream().map(ContainerSpecs::capability).toArray(Capability[]::new));
        }
        if (s.runtime() != null && !s.runtime().isEmpty()) {
            host.withRuntime(s.runtime());
        }
        if (s.network() != null) {
            host.withNetworkMode(s.network());
        }
        if (s.init()) {
            host.withInit(true);
        }
        cmd.withHostConfig(host);
    }

    /** {@code HOST[:CONTAINER[:PERMISSIONS]]}, as {@code docker run --device} reads it. */
    static Device device(String spec) {
        String[] p = spec.split(":", -1);
        String host = p[0];
        String container = p.length > 1 && !p[1].isEmpty() ? p[1] : host;
        String perms = p.length > 2 && !p[2].isEmpty() ? p[2] : "rwm";
        return new Device(perms, container, host);
    }

    /** A capability name with or without {@code CAP_}, any case. */
    static Capability capability(String name) {
        String n = name.strip().toUpperCase(Locale.ROOT);
        if (n.startsWith("CAP_")) {
            n = n.substring(4);
        }
        try {
            return Capability.valueOf(n);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown Linux capability \"" + name + "\"");
        }
    }
}
