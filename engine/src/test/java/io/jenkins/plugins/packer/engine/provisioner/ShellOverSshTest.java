package io.jenkins.plugins.packer.engine.provisioner;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.communicator.ssh.OpenSshServer;
import io.jenkins.plugins.packer.engine.communicator.ssh.SshdExtension;
import io.jenkins.plugins.packer.engine.testing.BuildRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The {@code shell} provisioner through {@code jpacker build} with the null builder over SSH to a real sshd. */
class ShellOverSshTest {

    @RegisterExtension
    final SshdExtension sshd = new SshdExtension();

    private SshBuild b;
    private OpenSshServer server;

    @BeforeEach
    void start() throws Exception {
        b = new SshBuild(sshd);
        server = b.server("sshd");
        Files.createDirectories(b.remote(""));
    }

    @Test
    void inlineScriptsAndEnvironmentVariables() throws Exception {
        Files.writeString(b.work.resolve("s1.sh"), "#!/bin/sh\r\necho \"s1 X=$X Y=$Y\"\r\n");
        Files.writeString(b.work.resolve("s2.sh"), "#!/bin/sh\necho \"s2 at $0\"\n");
        Path kept = Files.createDirectories(b.remote("kept"));
        Path cleaned = Files.createDirectories(b.remote("cleaned"));
        Path t = b.template(b.source(server), """
                  provisioner "shell" {
                    inline = [
                      "echo \\"user=$(id -un) a=$A b=$B build=$PACKER_BUILD_NAME type=$PACKER_BUILDER_TYPE\\"",
                      "echo to-stderr >&2",
                      "echo host=${build.Host} port=${build.Port} user=${build.User} conn=${build.ConnType}",
                    ]
                    environment_vars = ["A=it's", "B=two words"]
                    env              = { B = "from env" }
                  }
                  provisioner "shell" {
                    scripts          = ["s1.sh", "s2.sh"]
                    environment_vars = ["X=1"]
                    env              = { Y = "y y" }
                    use_env_var_file = true
                    remote_folder    = "%s"
                  }
                  provisioner "shell" {
                    inline          = ["echo custom"]
                    execute_command = "echo 'via {{.Path}}'; {{.Vars}} sh {{.Path}}"
                    remote_folder   = "%s"
                    remote_file     = "mine.sh"
                    skip_clean      = true
                  }
                """.formatted(cleaned, kept));

        BuildRun.Result r = b.build(t);

        assertThat(r.exitCode()).as(r.out()).isZero();
        assertThat(r.out()).contains(
                "==> null.ssh: Using SSH communicator to connect: 127.0.0.1",
                "==> null.ssh: Connected to SSH!",
                "    null.ssh: user=root a=it's b=from env build=ssh type=null",
                "==> null.ssh: to-stderr",
                "    null.ssh: host=127.0.0.1 port=" + server.port() + " user=root conn=ssh",
                "==> null.ssh: Provisioning with shell script: s1.sh",
                "    null.ssh: s1 X=1 Y=y y",
                "==> null.ssh: Provisioning with shell script: s2.sh",
                "    null.ssh: s2 at " + cleaned + "/script_",
                "    null.ssh: via " + kept + "/mine.sh",
                "    null.ssh: custom");
        // CRLF in s1.sh became LF (otherwise the shell prints "Y=y y\r")
        assertThat(r.out()).doesNotContain("y y\r");
        try (Stream<Path> left = Files.list(cleaned); Stream<Path> keptFiles = Files.list(kept)) {
            assertThat(left).as("scripts and the variable file are removed").isEmpty();
            assertThat(keptFiles.map(p -> p.getFileName().toString())).containsExactly("mine.sh");
        }
        assertThat(Files.getPosixFilePermissions(kept.resolve("mine.sh")).toString()).contains("OWNER_EXECUTE");
    }

    @Test
    void exitCodesAreCheckedAgainstValidExitCodes() throws Exception {
        Path t = b.template(b.source(server), """
                  provisioner "shell" {
                    inline           = ["echo three; exit 3"]
                    valid_exit_codes = [0, 3]
                  }
                  provisioner "shell" {
                    inline = ["echo four; exit 4"]
                  }
                  provisioner "shell" {
                    inline = ["echo never"]
                  }
                """);

        BuildRun.Result r = b.build(t);

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("    null.ssh: three", "    null.ssh: four",
                "Build 'null.ssh' errored after", "Script exited with non-zero exit status: 4. Allowed exit codes are: [0]");
        assertThat(r.out()).doesNotContain("never");
    }

    @Test
    void expectDisconnectSurvivesAnSshdRestartAndTheNextProvisionerReconnects() throws Exception {
        Path marker = b.remote("started");
        Path t = b.template(b.source(server), """
                  provisioner "shell" {
                    inline            = ["touch %s", "sleep 60", "echo not-reached"]
                    expect_disconnect = true
                  }
                  provisioner "shell" {
                    inline              = ["echo after-restart $(id -un)"]
                    start_retry_timeout = "40s"
                  }
                """.formatted(marker));

        CompletableFuture<BuildRun.Result> build = CompletableFuture.supplyAsync(() -> b.build(t));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(marker) && System.nanoTime() < deadline && !build.isDone()) {
            Thread.sleep(50);
        }
        assertThat(marker).as("the first script started").exists();
        long restarted = System.nanoTime();
        server.restart();   // kills sshd and every session (the "reboot"), then listens again on the same port
        BuildRun.Result r = build.get(90, TimeUnit.SECONDS);

        assertThat(r.exitCode()).as(r.out()).isZero();
        assertThat(r.out()).contains("    null.ssh: after-restart root").doesNotContain("not-reached");
        assertThat(Duration.ofNanos(System.nanoTime() - restarted)).isLessThan(Duration.ofSeconds(40));
    }
}
