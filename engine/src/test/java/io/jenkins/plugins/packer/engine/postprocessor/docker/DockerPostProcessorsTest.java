package io.jenkins.plugins.packer.engine.postprocessor.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.packer.engine.artifact.Artifact;
import io.jenkins.plugins.packer.engine.artifact.SimpleArtifact;
import io.jenkins.plugins.packer.engine.build.BuildContext;
import io.jenkins.plugins.packer.engine.build.BuildOptions;
import io.jenkins.plugins.packer.engine.builder.docker.BusyboxImage;
import io.jenkins.plugins.packer.engine.builder.docker.DockerBuilder;
import io.jenkins.plugins.packer.engine.builder.docker.DockerConfig;
import io.jenkins.plugins.packer.engine.builder.docker.DockerDrivers;
import io.jenkins.plugins.packer.engine.builder.docker.DockerImageArtifact;
import io.jenkins.plugins.packer.engine.builder.docker.Dockerd;
import io.jenkins.plugins.packer.engine.builder.docker.EngineApiDriver;
import io.jenkins.plugins.packer.engine.builder.docker.LocalRegistry;
import io.jenkins.plugins.packer.engine.cancel.CancelToken;
import io.jenkins.plugins.packer.engine.component.BuildInfo;
import io.jenkins.plugins.packer.engine.component.PostProcessorResult;
import io.jenkins.plugins.packer.engine.component.ProvisionHook;
import io.jenkins.plugins.packer.engine.log.DebugLog;
import io.jenkins.plugins.packer.engine.secret.SecretMasker;
import io.jenkins.plugins.packer.engine.step.StepListener;
import io.jenkins.plugins.packer.engine.testing.RecordingUi;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docker-import, docker-tag, docker-save and docker-push against the private dockerd and a local registry. */
class DockerPostProcessorsTest {

    @TempDir
    Path work;

    private Dockerd dockerd;
    private DockerDrivers drivers;
    private RecordingUi ui;
    private BuildContext ctx;
    private final BuildInfo info = new BuildInfo("docker.t", "t", "docker", "run-1", Map.of());

    @BeforeEach
    void setUp() {
        dockerd = Dockerd.get();
        drivers = dockerd::driver;
        ui = new RecordingUi();
        ctx = new BuildContext("docker.t", ui, CancelToken.create(), SecretMasker.empty(), DebugLog.disabled(),
                BuildOptions.defaults(), StepListener.NONE, work);
    }

    private Artifact busyboxArtifact() throws Exception {
        try (EngineApiDriver d = dockerd.driver()) {
            String id = d.inspectImage(Dockerd.BUSYBOX).orElseThrow().id();
            return new DockerImageArtifact(DockerImageArtifact.IMPORT_ID, id, List.of(),
                    Map.of("generated_data", Map.of("ImageSha256", id)), drivers);
        }
    }

    @Test
    void tagSaveAndImport() throws Exception {
        Artifact input = busyboxArtifact();
        PostProcessorResult tagged = new DockerTagPostProcessor(new DockerTagConfig("jp/app", List.of("v1"),
                List.of("v2"), null, null), drivers).postProcess(ctx, info, input);
        assertThat(tagged.keep()).isTrue();
        assertThat(tagged.forceOverride()).isTrue();
        Artifact t = tagged.artifact();
        assertThat(t.builderId()).isEqualTo("packer.post-processor.docker-tag");
        assertThat(t.id()).isEqualTo("jp/app:v2");
        assertThat(t.description()).isEqualTo("Imported Docker image: jp/app:v2 with tags jp/app:v1 jp/app:v2");
        assertThat(DockerImageArtifact.generatedData(t)).containsEntry("ImageSha256", input.id());
        assertThat(ui.lines()).contains("say: Deprecation warning: \"tag\" option has been replaced with \"tags\". "
                + "In future versions of Packer, this configuration may not work. Please call `packer fix` on your "
                + "template to update.", "message: Repository: jp/app:v1");
        try (EngineApiDriver d = dockerd.driver()) {
            assertThat(d.inspectImage("jp/app:v1").orElseThrow().id()).isEqualTo(input.id());
        }

        PostProcessorResult saved = new DockerSavePostProcessor(new DockerSaveConfig("saved.tar"), drivers)
                .postProcess(ctx, info, t);
        assertThat(saved.artifact()).isSameAs(t);
        assertThat(entries(work.resolve("saved.tar"))).contains("manifest.json", "repositories");

        Files.write(work.resolve("rootfs.tar"), BusyboxImage.rootfs(Path.of("/bin/busybox"),
                BusyboxImage.applets(Path.of("/bin/busybox"))));
        Artifact exported = new SimpleArtifact(DockerBuilder.BUILDER_ID, "Container", List.of("rootfs.tar"),
                "Exported Docker file: rootfs.tar", Map.of(), work);
        PostProcessorResult imported = new DockerImportPostProcessor(new DockerImportConfig("jp/imported", "v1",
                List.of("CMD [\"echo\", \"imported ok\"]"), null), drivers).postProcess(ctx, info, exported);
        assertThat(imported.artifact().id()).isEqualTo("jp/imported:v1");
        assertThat(imported.keep()).isFalse();
        assertThat(dockerd.run("jp/imported:v1")).isEqualTo("imported ok\n");
        assertThat(ui.lines()).anyMatch(l -> l.startsWith("message: Imported ID: sha256:"));
    }

    @Test
    void wrongInputsAreRefusedWithPackersWords() throws Exception {
        Artifact file = new SimpleArtifact("packer.file", "File", List.of("x"), "Stored file: x", Map.of(), work);
        assertThatThrownBy(() -> new DockerTagPostProcessor(new DockerTagConfig("r", null, null, null, null), drivers)
                .postProcess(ctx, info, file)).hasMessage("Unknown artifact type: packer.file\nCan only tag from "
                        + "Docker builder artifacts.");
        assertThatThrownBy(() -> new DockerImportPostProcessor(new DockerImportConfig("r", null, null, null), drivers)
                .postProcess(ctx, info, busyboxArtifact())).hasMessageStartingWith(
                        "Unknown artifact type: packer.post-processor.docker-import\nCan only import from Docker");
        assertThatThrownBy(() -> new DockerSavePostProcessor(new DockerSaveConfig("x.tar"), drivers)
                .postProcess(ctx, info, file)).hasMessageContaining("Can only save Docker builder artifacts.");
        assertThatThrownBy(() -> new DockerPushPostProcessor(pushConfig(false), drivers).postProcess(ctx, info, file))
                .hasMessageContaining("Can only import from docker-import and docker-tag artifacts.");
    }

    private static DockerPushConfig pushConfig(boolean login) {
        return new DockerPushConfig(login, LocalRegistry.USER, LocalRegistry.PASSWORD, null, null, null, null, null,
                null, null);
    }

    @Test
    void pushesToARegistryWithLoginAndPullsBack() throws Exception {
        try (LocalRegistry registry = LocalRegistry.start()) {
            String repo = registry.address() + "/jp/pushed";
            Artifact tagged = new DockerTagPostProcessor(new DockerTagConfig(repo, List.of("v1"), null, null, null),
                    drivers).postProcess(ctx, info, busyboxArtifact()).artifact();
            assertThatThrownBy(() -> new DockerPushPostProcessor(pushConfig(false), drivers)
                    .postProcess(ctx, info, tagged)).hasMessageContaining("no basic auth credentials");

            DockerPushConfig withLogin = new DockerPushConfig(true, LocalRegistry.USER, LocalRegistry.PASSWORD,
                    registry.address(), null, null, null, null, null, null);
            PostProcessorResult pushed = new DockerPushPostProcessor(withLogin, drivers).postProcess(ctx, info, tagged);
            assertThat(pushed.artifact().id()).isEqualTo(repo + ":v1");
            assertThat(DockerImageArtifact.generatedData(pushed.artifact()).get("Digest"))
                    .startsWith(repo + "@sha256:");
            assertThat(ui.lines()).contains("message: Logging in...", "message: Pushing: " + repo + ":v1");
            assertThat(String.join("\n", ui.lines())).doesNotContain(LocalRegistry.PASSWORD);

            DockerPushConfig badLogin = new DockerPushConfig(true, LocalRegistry.USER, "wrong", registry.address(),
                    null, null, null, null, null, null);
            assertThatThrownBy(() -> new DockerPushPostProcessor(badLogin, drivers).postProcess(ctx, info, tagged))
                    .hasMessageStartingWith("Error logging in to Docker: ");

            // pull it back as the base image of a build (pull = true with the builder's login fields)
            try (EngineApiDriver d = dockerd.driver()) {
                d.removeImage(repo + ":v1");
                assertThat(d.inspectImage(repo + ":v1")).isEmpty();
            }
            DockerConfig c = new DockerConfig(repo + ":v1", true, null, true, null, null, null, null, null, null,
                    null, null, null, null, null, null, null, null, null, true, null, null, true, registry.address(),
                    LocalRegistry.USER, LocalRegistry.PASSWORD, null, null, null, null, null, "docker");
            new DockerBuilder(c, drivers).run(ctx, info, ProvisionHook.NONE);
            assertThat(ui.lines()).contains("say: Pulling Docker image: " + repo + ":v1", "message: Logging in...");
            try (EngineApiDriver d = dockerd.driver()) {
                assertThat(d.inspectImage(repo + ":v1").orElseThrow().repoDigests()).isNotEmpty();
            }
            assertThat(dockerd.containers()).isEmpty();
        }
    }

    private static List<String> entries(Path tarFile) throws Exception {
        List<String> names = new ArrayList<>();
        try (InputStream in = Files.newInputStream(tarFile); TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                names.add(e.getName());
            }
        }
        return names;
    }

}
