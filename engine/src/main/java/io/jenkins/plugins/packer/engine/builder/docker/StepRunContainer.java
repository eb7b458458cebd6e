package io.jenkins.plugins.packer.engine.builder.docker;

import io.jenkins.plugins.packer.engine.gotemplate.GoTemplate;
import io.jenkins.plugins.packer.engine.step.Step;
import io.jenkins.plugins.packer.engine.step.StepContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Creates and starts the build container (Packer's StepRun): {@code run_command} read as {@code docker run}
 * arguments, plus the builder's volumes (the shared temporary directory at {@code container_dir}), devices,
 * capabilities, tmpfs mounts, privileges, runtime and platform. Its cleanup always removes the container
 * (killing it), after success, failure and cancellation alike.
 */
final class StepRunContainer implements Step {

    private final DockerConfig config;
    private String containerId;

    StepRunContainer(DockerConfig config) {
        this.config = config;
    }

    @Override
    public void run(StepContext ctx) throws Exception {
        DockerDriver driver = ctx.state().require(DockerState.DRIVER);
        Path tempDir = ctx.state().require(DockerState.TEMP_DIR);
        ContainerSpec spec = spec(config, tempDir);
        ctx.ui().say("Starting docker container...");
        ctx.ui().message("Run command (Engine API): docker run " + String.join(" ", describe(spec)));
        try {
            containerId = driver.createContainer(spec);
            ctx.state().put(DockerState.CONTAINER_ID, containerId);
            driver.startContainer(containerId);
        } catch (DockerException e) {
            throw StepPull.fail(ctx, "Error running container: " + e.getMessage(), e);
        }
        ctx.ui().message("Container ID: " + containerId);
    }

    @Override
    public void cleanup(StepContext ctx) throws Exception {
        if (containerId == null) {
            return;
        }
        DockerDriver driver = ctx.state().require(DockerState.DRIVER);
        ctx.ui().say("Killing the container: " + containerId);
        // a cancelled build interrupts this thread; removing the container must still happen
        boolean interrupted = Thread.interrupted();
        try {
            driver.removeContainer(containerId);
            containerId = null;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The container to create for {@code config}, sharing {@code tempDir}. */
    static ContainerSpec spec(DockerConfig config, Path tempDir) throws Exception {
        List<String> args = new ArrayList<>();
        for (String a : config.effectiveRunCommand()) {
            args.add(GoTemplate.render(a, Map.of("Image", config.image()), Map.of()));
        }
        ContainerSpec s;
        try {
            s = RunCommand.parse(args);
        } catch (IllegalArgumentException e) {
            throw new DockerException(e.getMessage());
        }
        List<String> binds = new ArrayList<>();
        if (config.volumes() != null) {
            config.volumes().forEach((host, container) -> binds.add(expandHome(host) + ":" + container));
        }
        binds.add(tempDir.toAbsolutePath() + ":" + config.effectiveContainerDir());
        binds.addAll(s.binds());
        Map<String, String> tmpfs = new LinkedHashMap<>(s.tmpfs());
        if (config.tmpfs() != null) {
            config.tmpfs().forEach(t -> RunCommand.tmpfs(tmpfs, t));
        }
        return new ContainerSpec(s.image(), s.entrypoint(), s.cmd(), s.tty(), s.openStdin(), s.user(),
                s.workingDir(), s.env(), s.labels(), s.hostname(), s.name(), s.network(), binds, tmpfs,
                concat(config.device(), s.devices()), concat(config.capAdd(), s.capAdd()),
                concat(config.capDrop(), s.capDrop()), s.privileged() || Boolean.TRUE.equals(config.privileged()),
                nonEmpty(config.runtime(), s.runtime()), nonEmpty(config.platform(), s.platform()), s.init());
    }

    /** The spec as {@code docker run} arguments, for the log. */
    static List<String> describe(ContainerSpec s) {
        List<String> a = new ArrayList<>();
        s.devices().forEach(d -> a.addAll(List.of("--device", d)));
        s.capAdd().forEach(c -> a.addAll(List.of("--cap-add", c)));
        s.capDrop().forEach(c -> a.addAll(List.of("--cap-drop", c)));
        if (s.privileged()) {
            a.add("--privileged");
        }
        if (s.runtime() != null) {
            a.addAll(List.of("--runtime", s.runtime()));
        }
        if (s.platform() != null) {
            a.addAll(List.of("--platform", s.platform()));
        }
        s.tmpfs().forEach((p, o) -> a.addAll(List.of("--tmpfs", o.isEmpty() ? p : p + ":" + o)));
        s.binds().forEach(b -> a.addAll(List.of("-v", b)));
        if (s.openStdin()) {
            a.add("-i");
        }
        if (s.tty()) {
            a.add("-t");
        }
        if (s.entrypoint() != null) {
            a.add("--entrypoint=" + String.join(" ", s.entrypoint()));
        }
        a.add("--");
        a.add(s.image());
        a.addAll(s.cmd());
        return a;
    }

    private static String expandHome(String host) {
        return host.startsWith("~/") ? Path.of(System.getProperty("user.home"), host.substring(2)).toString() : host;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a == null ? List.of() : a);
        out.addAll(b);
        return out;
    }

    private static String nonEmpty(String first, String second) {
        return first != null && !first.isEmpty() ? first : second;
    }
}
