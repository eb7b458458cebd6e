package io.jenkins.plugins.packer.engine.builder.docker;

import io.jenkins.plugins.packer.engine.artifact.Artifact;
import io.jenkins.plugins.packer.engine.artifact.SimpleArtifact;
import io.jenkins.plugins.packer.engine.build.BuildContext;
import io.jenkins.plugins.packer.engine.communicator.Communicator;
import io.jenkins.plugins.packer.engine.component.BuildInfo;
import io.jenkins.plugins.packer.engine.component.Builder;
import io.jenkins.plugins.packer.engine.component.ProvisionHook;
import io.jenkins.plugins.packer.engine.component.ProvisionTarget;
import io.jenkins.plugins.packer.engine.component.StepProvision;
import io.jenkins.plugins.packer.engine.step.StateBag;
import io.jenkins.plugins.packer.engine.step.Steps;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Packer's {@code docker} builder on the Docker Engine API: temporary directory, pull, run, connect, provision,
 * then commit, export or discard. The artifact of a commit is the image ({@link DockerImageArtifact}, builder id
 * {@value DockerImageArtifact#IMPORT_ID}); of an export, the tar file (builder id {@value #BUILDER_ID}).
 */
public final class DockerBuilder implements Builder {

    /** Packer's docker builder id, used by export (and discard) artifacts. */
    public static final String BUILDER_ID = "packer.docker";

    private final DockerConfig config;
    private final DockerDrivers drivers;

    public DockerBuilder(DockerConfig config) {
        this(config, DockerDrivers.ENVIRONMENT);
    }

    public DockerBuilder(DockerConfig config, DockerDrivers drivers) {
        this.config = config;
        this.drivers = drivers;
    }

    @Override
    public List<String> generatedDataKeys() {
        return List.of("ImageSha256", "SourceImageDigest", "SourceImageSha256");
    }

    @Override
    public Artifact run(BuildContext ctx, BuildInfo info, ProvisionHook hook) throws Exception {
        try (DockerDriver driver = open(ctx)) {
            Map<String, String> generated = new ConcurrentHashMap<>();
            generated.put("ImageSha256", "ERR_IMAGE_SHA256_NOT_FOUND");
            generated.put("SourceImageDigest", "ERR_SOURCE_IMAGE_DIGEST_NOT_FOUND");
            generated.put("SourceImageSha256", "ERR_SOURCE_IMAGE_Sha256_NOT_FOUND");
            StateBag state = new StateBag();
            state.put(DockerState.DRIVER, driver);
            state.put(DockerState.GENERATED, generated);
            Path export = config.exports() ? ctx.workingDir().resolve(config.exportPath()) : null;
            String commType = "none".equals(config.communicator()) ? "none" : "docker";
            ctx.runSteps(Steps.recipe()
                    .add(new StepTempDir(System.getenv()))
                    .add(new StepPull(config))
                    .add(new StepRunContainer(config))
                    .add(new StepConnectDocker(config))
                    .add(new StepProvision(hook, s -> target(commType, s)))
                    .addIf(config.commits(), new StepCommit(config))
                    .addIf(export != null, new StepExport(export))
                    .build(), state).rethrow();
            Map<String, Object> artifactState = Map.of("generated_data", new HashMap<>(generated));
            if (config.commits()) {
                return new DockerImageArtifact(DockerImageArtifact.IMPORT_ID, state.require(DockerState.IMAGE_ID),
                        List.of(), artifactState, drivers);
            }
            String path = export == null ? "" : config.exportPath();
            return new SimpleArtifact(BUILDER_ID, "Container", export == null ? List.of() : List.of(path),
                    "Exported Docker file: " + path, artifactState, ctx.workingDir());
        }
    }

    private DockerDriver open(BuildContext ctx) throws Exception {
        DockerDriver driver = drivers.open();
        try {
            ctx.log().log("Docker Engine version: " + driver.version());
            return driver;
        } catch (DockerException e) {
            driver.close();
            String host = System.getenv().getOrDefault("DOCKER_HOST", DockerHost.DEFAULT);
            String why = e.getMessage().startsWith("Cannot connect to the Docker Engine") ? e.getMessage()
                    : "Cannot connect to the Docker Engine at " + host + ": " + e.getMessage();
            String msg = why + " (is dockerd running? DOCKER_HOST selects another Engine)";
            ctx.ui().error(msg);
            throw new DockerException(msg, 0, e);
        }
    }

    private static ProvisionTarget target(String commType, StateBag state) {
        Map<String, String> data = new HashMap<>(state.require(DockerState.GENERATED));
        state.get(DockerState.CONTAINER_ID).ifPresent(id -> data.put("ID", id));
        Communicator comm = state.get(DockerState.COMMUNICATOR).orElse(null);
        return new ProvisionTarget(commType, data, comm);
    }
}
