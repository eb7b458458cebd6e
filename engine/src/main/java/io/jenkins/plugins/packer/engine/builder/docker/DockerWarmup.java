package io.jenkins.plugins.packer.engine.builder.docker;

import io.jenkins.plugins.packer.engine.build.BuildContext;
import io.jenkins.plugins.packer.engine.build.BuildOptions;
import io.jenkins.plugins.packer.engine.cancel.CancelToken;
import io.jenkins.plugins.packer.engine.communicator.Communicator;
import io.jenkins.plugins.packer.engine.communicator.RemoteCommand;
import io.jenkins.plugins.packer.engine.communicator.TransferProgress;
import io.jenkins.plugins.packer.engine.component.BuildInfo;
import io.jenkins.plugins.packer.engine.component.ProvisionHook;
import io.jenkins.plugins.packer.engine.component.ProvisionTarget;
import io.jenkins.plugins.packer.engine.log.DebugLog;
import io.jenkins.plugins.packer.engine.secret.SecretMasker;
import io.jenkins.plugins.packer.engine.step.StepListener;
import io.jenkins.plugins.packer.engine.ui.BasicUi;
import io.jenkins.plugins.packer.engine.ui.TargetedUi;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Runs the docker builder's code paths once for the class-data sharing archive made at build time: two builds
 * (commit, export) whose provisioning runs commands, uploads and downloads files and directories through the
 * docker communicator, then a tag and an import, all against a {@link TrainingEngine} (simulated, no daemon).
 * A docker build then starts with these classes archived instead of loading and verifying them from the jars.
 */
public final class DockerWarmup {

    private DockerWarmup() {
    }

    /** Runs the training; true if every step went through (failures are ignored otherwise). */
    public static boolean run() {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("jpacker-docker-training");
            Path socket = dir.resolve("e.sock");
            try (TrainingEngine engine = TrainingEngine.start(socket)) {
                URI host = TrainingEngine.host(socket);
                Path work = dir;
                for (DockerConfig c : List.of(config(true, null), config(null, "out.tar"))) {
                    new DockerBuilder(c, () -> EngineApiDriver.connect(host)).run(context(work),
                            new BuildInfo("docker.training", "training", "docker", "run", Map.of()), hook(work));
                }
                try (EngineApiDriver d = EngineApiDriver.connect(host)) {
                    d.tagImage("sha256:1", "training/built", "v1");
                    d.importImage(Files.newInputStream(dir.resolve("out.tar")), "training/imported", "v1",
                            List.of("CMD [\"/bin/sh\"]"), null);
                }
            }
            return true;
        } catch (Exception ignored) {
            // a warm-up only
            return false;
        } finally {
            delete(dir);
        }
    }

    private static DockerConfig config(Boolean commit, String exportPath) {
        return new DockerConfig("training/busybox:latest", false, commit, null, exportPath,
                List.of("ENV A=1", "LABEL b=c"), null, null, null, null, null, null, null, null, null, null, null,
                null, null, true, null, null, null, null, null, null, null, null, null, null, null, "docker");
    }

    private static BuildContext context(Path work) {
        return new BuildContext("docker.training", new TargetedUi("docker.training",
                BasicUi.to(new PrintStream(OutputStream.nullOutputStream()))), CancelToken.create(),
                SecretMasker.empty(), DebugLog.disabled(), BuildOptions.defaults(), StepListener.NONE, work);
    }

    private static ProvisionHook hook(Path work) {
        return new ProvisionHook() {
            @Override
            public void provision(ProvisionTarget target) throws Exception {
                Communicator comm = target.communicator();
                byte[] script = "#!/bin/sh\necho training\n".getBytes(StandardCharsets.UTF_8);
                comm.upload("/tmp/script.sh", new ByteArrayInputStream(script), script.length, 0755,
                        TransferProgress.NONE);
                comm.run(RemoteCommand.lines("chmod +x /tmp/script.sh; /tmp/script.sh", line -> { }, line -> { }));
                comm.remove(List.of("/tmp/script.sh"));
                Path local = Files.createDirectories(work.resolve("site"));
                Files.writeString(local.resolve("a.txt"), "training\n");
                comm.upload("/a.txt", local.resolve("a.txt"), TransferProgress.NONE);
                comm.uploadDir("/srv", local + "/", List.of(), TransferProgress.NONE);
                comm.download("/f", OutputStream.nullOutputStream(), TransferProgress.NONE);
                comm.downloadDir("/d", work.resolve("down"), List.of(), TransferProgress.NONE);
            }

            @Override
            public void cleanupProvision(ProvisionTarget target) {
            }
        };
    }

    private static void delete(Path dir) {
        try {
            if (dir != null) {
                StepTempDir.deleteTree(dir);
            }
        } catch (IOException e) {
            // a temporary directory
        }
    }
}
