package io.jenkins.plugins.packer.engine.builder.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.packer.engine.artifact.Artifact;
import io.jenkins.plugins.packer.engine.build.BuildContext;
import io.jenkins.plugins.packer.engine.build.BuildOptions;
import io.jenkins.plugins.packer.engine.cancel.CancelToken;
import io.jenkins.plugins.packer.engine.cancel.CancelledException;
import io.jenkins.plugins.packer.engine.communicator.Communicator;
import io.jenkins.plugins.packer.engine.communicator.RemoteCommand;
import io.jenkins.plugins.packer.engine.communicator.TransferProgress;
import io.jenkins.plugins.packer.engine.component.BuildInfo;
import io.jenkins.plugins.packer.engine.component.ProvisionHook;
import io.jenkins.plugins.packer.engine.component.ProvisionTarget;
import io.jenkins.plugins.packer.engine.log.DebugLog;
import io.jenkins.plugins.packer.engine.secret.SecretMasker;
import io.jenkins.plugins.packer.engine.step.StepListener;
import io.jenkins.plugins.packer.engine.testing.RecordingUi;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The docker builder against the private dockerd, with a provision hook that uses the build's communicator. */
class DockerBuilderTest {

    @TempDir
    Path work;

    private Dockerd dockerd;
    private RecordingUi ui;
    private CancelToken cancel;

    @BeforeEach
    void setUp() {
        dockerd = Dockerd.get();
        ui = new RecordingUi();
        cancel = CancelToken.create();
    }

    private static DockerConfig config(String image, Boolean commit, Boolean discard, String exportPath,
            List<String> changes, List<String> runCommand, Map<String, String> volumes, List<String> capAdd,
            List<String> tmpfs, String execUser, String author, String message) {
        return new DockerConfig(image, false, commit, discard, exportPath, changes, author, message, runCommand,
                volumes, null, null, capAdd, null, tmpfs, null, execUser, null, null, true, null, null, null, null,
                null, null, null, null, null, null, null, "docker");
    }

    private Artifact build(DockerConfig c, ProvisionHook hook) throws Exception {
        BuildContext ctx = new BuildContext("docker.t", ui, cancel, SecretMasker.empty(), DebugLog.disabled(),
                BuildOptions.defaults(), StepListener.NONE, work);
        return new DockerBuilder(c, dockerd::driver).run(ctx, new BuildInfo("docker.t", "t", "docker", "run-1",
                Map.of()), hook);
    }

    private static ProvisionHook hook(ThrowingConsumer<ProvisionTarget> body) {
        return new ProvisionHook() {
            @Override
            public void provision(ProvisionTarget target) throws Exception {
                body.accept(target);
            }

            @Override
            public void cleanupProvision(ProvisionTarget target) {
            }
        };
    }

    interface ThrowingConsumer<T> {
        void accept(T t) throws Exception;
    }

    private static String sh(Communicator c, String cmd) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        var r = c.run(new RemoteCommand(cmd, null, out, out));
        assertThat(r.success()).as(cmd + ": " + out).isTrue();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void commitKeepsProvisionedFilesAppliesChangesAndRestoresTheBaseEntrypoint() throws Exception {
        List<String> seen = new ArrayList<>();
        Artifact a = build(config(Dockerd.BUSYBOX, true, null, null, List.of("ENV FEAS=1", "LABEL built_by=jpacker"),
                null, null, null, null, null, "Jane <j@example.com>", "made by a test"), hook(t -> {
                    seen.add(t.communicatorType() + " " + t.generatedData().get("ID"));
                    Communicator c = t.communicator();
                    c.upload("/payload.txt", new ByteArrayInputStream("hello from host\n".getBytes()), 16, 0644,
                            TransferProgress.NONE);
                    sh(c, "echo built > /built.txt");
                    ByteArrayOutputStream back = new ByteArrayOutputStream();
                    c.download("/built.txt", back, TransferProgress.NONE);
                    seen.add(back.toString(StandardCharsets.UTF_8).strip());
                }));
        assertThat(a.builderId()).isEqualTo("packer.post-processor.docker-import");
        assertThat(a.id()).startsWith("sha256:");
        assertThat(a.description()).isEqualTo("Imported Docker image: " + a.id());
        assertThat(seen.get(0)).matches("docker [0-9a-f]{64}");
        assertThat(seen.get(1)).isEqualTo("built");
        assertThat(DockerImageArtifact.generatedData(a)).containsEntry("ImageSha256", a.id());
        assertThat(dockerd.containers()).isEmpty();

        try (EngineApiDriver d = dockerd.driver()) {
            ImageInfo img = d.inspectImage(a.id()).orElseThrow();
            assertThat(img.entrypoint()).containsExactly("");
            assertThat(img.cmd()).containsExactly("/bin/sh");
            // the image runs commands directly, unlike packer 1.6.6's (which keep --entrypoint=/bin/sh)
            String run = dockerd.run(a.id(), "sh", "-c", "cat /built.txt /payload.txt; echo FEAS=$FEAS");
            assertThat(run).isEqualTo("built\nhello from host\nFEAS=1\n");
            a.destroy();
            assertThat(d.inspectImage(a.id())).isEmpty();
        }
        assertThat(ui.lines()).contains("say: Committing the container", "message: Image ID: " + a.id());
    }

    @Test
    void exportWritesTheFileSystemAndDiscardKeepsNothing() throws Exception {
        Artifact a = build(config(Dockerd.BUSYBOX, null, null, "out/exported.tar", null, null, null, null, null,
                null, null, null), hook(t -> sh(t.communicator(), "echo x > /marker")));
        assertThat(a.builderId()).isEqualTo("packer.docker");
        assertThat(a.id()).isEqualTo("Container");
        assertThat(a.files()).containsExactly("out/exported.tar");
        assertThat(a.description()).isEqualTo("Exported Docker file: out/exported.tar");
        List<String> names = new ArrayList<>();
        try (InputStream in = Files.newInputStream(work.resolve("out/exported.tar"));
             TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                names.add(e.getName());
            }
        }
        assertThat(names).contains("marker", "bin/busybox");
        a.destroy();
        assertThat(work.resolve("out/exported.tar")).doesNotExist();

        Artifact discarded = build(config(Dockerd.BUSYBOX, null, true, null, null, null, null, null, null, null, null,
                null), ProvisionHook.NONE);
        assertThat(discarded.files()).isEmpty();
        assertThat(discarded.builderId()).isEqualTo("packer.docker");
        assertThat(dockerd.containers()).isEmpty();
    }

    @Test
    void runOptionsReachTheContainer() throws Exception {
        Path shared = Files.createDirectories(work.resolve("shared"));
        Files.writeString(shared.resolve("in.txt"), "from a volume");
        List<String> out = new ArrayList<>();
        build(config(Dockerd.BUSYBOX, null, true, null, null,
                List.of("-d", "-i", "-t", "-e", "GREETING=hi", "-w", "/tmp", "--entrypoint=/bin/sh", "--", "{{.Image}}"),
                Map.of(shared.toString(), "/mnt/shared"), List.of("NET_ADMIN"), List.of("/scratch:size=1m"), "builder",
                null, null), hook(t -> out.add(sh(t.communicator(),
                        "echo $GREETING; pwd; id -un; cat /mnt/shared/in.txt; echo; grep -c ' /scratch tmpfs' "
                                + "/proc/mounts; ls -d /packer-files; grep CapEff /proc/self/status"))));
        String[] lines = out.get(0).split("\n");
        assertThat(lines[0]).isEqualTo("hi");
        assertThat(lines[1]).isEqualTo("/tmp");
        assertThat(lines[2]).isEqualTo("builder");
        assertThat(lines[3]).isEqualTo("from a volume");
        assertThat(lines[4]).isEqualTo("1");
        assertThat(lines[5]).isEqualTo("/packer-files");
    }

    @Test
    void aFailingProvisionerStillRemovesTheContainer() {
        assertThatThrownBy(() -> build(config(Dockerd.BUSYBOX, true, null, null, null, null, null, null, null, null,
                null, null), hook(t -> {
                    throw new IllegalStateException("provisioner broke");
                }))).hasMessageContaining("provisioner broke");
        assertThat(dockerd.containers()).isEmpty();
        assertThat(ui.lines()).anyMatch(l -> l.startsWith("say: Killing the container: "));
    }

    @Test
    void cancelMidProvisionRemovesTheContainer() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        Future<Artifact> f = java.util.concurrent.Executors.newSingleThreadExecutor().submit(() -> build(
                config(Dockerd.BUSYBOX, true, null, null, null, null, null, null, null, null, null, null),
                hook(t -> {
                    inside.countDown();
                    sh(t.communicator(), "sleep 60");
                })));
        assertThat(inside.await(60, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(300);
        assertThat(dockerd.containers()).hasSize(1);
        long t0 = System.nanoTime();
        cancel.cancel();
        assertThatThrownBy(() -> f.get(60, TimeUnit.SECONDS)).hasCauseInstanceOf(CancelledException.class);
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0)).isLessThan(20);
        assertThat(dockerd.containers()).isEmpty();
    }

    @Test
    void aMissingImageIsAClearError() {
        assertThatThrownBy(() -> build(config("jpacker-test/no-such-image:1", true, null, null, null, null, null,
                null, null, null, null, null), ProvisionHook.NONE))
                .hasMessage("Image jpacker-test/no-such-image:1 not found on the Docker Engine (pull = false: it must "
                        + "be there already; build or import it first, or set pull = true)");
        assertThat(dockerd.containers()).isEmpty();
    }

    @Test
    void anEngineThatIsNotThereIsAClearError() {
        java.net.URI nowhere = java.net.URI.create("unix://" + work.resolve("no-dockerd.sock"));
        BuildContext ctx = new BuildContext("docker.t", ui, cancel, SecretMasker.empty(), DebugLog.disabled(),
                BuildOptions.defaults(), StepListener.NONE, work);
        assertThatThrownBy(() -> new DockerBuilder(config(Dockerd.BUSYBOX, true, null, null, null, null, null, null,
                null, null, null, null), () -> EngineApiDriver.connect(nowhere)).run(ctx,
                new BuildInfo("docker.t", "t", "docker", "run-1", Map.of()), ProvisionHook.NONE))
                .hasMessage("Cannot connect to the Docker Engine at " + nowhere + ": No such file or directory "
                        + "(is dockerd running? DOCKER_HOST selects another Engine)");
    }
}
