package io.jenkins.plugins.packer.engine.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.cli.JPacker;
import io.jenkins.plugins.packer.engine.testing.Corpus;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jpacker build} as a process: standard input, output that is not a terminal, machine-readable output. */
class CliBuildProcessTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out) {
    }

    private Run jpacker(File stdin, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                JPacker.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.txt").toFile());
        if (stdin != null) {
            pb.redirectInput(stdin);
        }
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8));
    }

    private void template() throws IOException {
        Files.writeString(dir.resolve("t.pkr.hcl"), """
                source "file" "a" {
                  content = "x"
                  target  = "a,b.txt"
                }
                build {
                  name    = "demo"
                  sources = ["file.a"]
                  provisioner "shell-local" { inline = ["echo one, two"] }
                }
                """);
    }

    @Test
    void templateFromStandardInput() throws Exception {
        Path template = Corpus.dir("packer-command").resolve("command/test-fixtures/build-only/template.json");
        Run r = jpacker(template.toFile(), "build", "-parallel-builds=1", "-");
        assertThat(r.exit()).as(r.out()).isZero();
        for (String f : List.of("vanilla.txt", "cherry.txt", "chocolate.txt", "unnamed.txt")) {
            assertThat(dir.resolve(f)).exists();
        }
    }

    @Test
    void noColorsWhenStandardOutputIsNotATerminal() throws Exception {
        template();
        Run r = jpacker(null, "build", "-color=true", "t.pkr.hcl");
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).contains("    demo.file.a: one, two").doesNotContain("\033[")
                .doesNotContain("output will be in this color");
    }

    @Test
    void machineReadableRecords() throws Exception {
        template();
        Run r = jpacker(null, "-machine-readable", "build", "t.pkr.hcl");
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out().lines()).anyMatch(l -> l.matches("\\d+,,ui,message,    demo.file.a: one%!\\(PACKER_COMMA\\) two"))
                .anyMatch(l -> l.matches("\\d+,demo.file.a,artifact-count,1"))
                .anyMatch(l -> l.matches("\\d+,demo.file.a,artifact,0,builder-id,packer.file"))
                .anyMatch(l -> l.matches("\\d+,demo.file.a,artifact,0,file,0,a%!\\(PACKER_COMMA\\)b.txt"))
                .anyMatch(l -> l.matches("\\d+,demo.file.a,artifact,0,end"));
    }

    @Test
    void exitCodeOneWhenABuildFails() throws Exception {
        Files.writeString(dir.resolve("f.pkr.hcl"), """
                source "null" "x" { communicator = "none" }
                build {
                  sources = ["null.x"]
                  provisioner "shell-local" { inline = ["echo before", "exit 3"] }
                }
                """);
        Run r = jpacker(null, "build", "f.pkr.hcl");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("==> null.x: Provisioning step had errors: Running the cleanup provisioner, "
                + "if present...", "==> Some builds didn't complete successfully and had errors:",
                "--> null.x: Script exited with non-zero exit status: 3. Allowed exit codes are: [0]",
                "==> Builds finished but no artifacts were created.");
    }
}
