package io.jenkins.plugins.packer.engine.cli;

import io.jenkins.plugins.packer.engine.api.EngineVersion;
import io.jenkins.plugins.packer.engine.cancel.CancelToken;
import io.jenkins.plugins.packer.engine.cancel.SignalCancellation;
import io.jenkins.plugins.packer.engine.command.Build;
import io.jenkins.plugins.packer.engine.command.EngineEnvironment;
import io.jenkins.plugins.packer.engine.command.TemplateInputs;
import io.jenkins.plugins.packer.engine.step.OnError;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A small real build run while the class-data sharing archive is recorded, so {@code jpacker build} starts with
 * the template, plan, step, component and post-processor classes already archived.
 */
final class BuildTraining {

    private static final String TEMPLATE = """
            variable "who" {
              type    = string
              default = "cds"
            }
            locals { target = "out/${var.who}.txt" }
            source "file" "f" {
              content = upper(var.who)
              target  = local.target
            }
            source "null" "n" { communicator = "none" }
            build {
              name    = "train"
              sources = ["file.f", "null.n"]
              provisioner "shell-local" {
                only   = ["null.n"]
                inline = ["echo ${build.ID} {{ .ID }}"]
              }
              post-processors {
                post-processor "checksum" {
                  only           = ["file.f"]
                  checksum_types = ["sha256"]
                  output         = "out/{{.BuildName}}.sum"
                }
                post-processor "compress" {
                  only                = ["file.f"]
                  output              = "out/f.tar.gz"
                  keep_input_artifact = true
                }
                post-processor "manifest" { output = "out/manifest.json" }
              }
            }
            """;

    private BuildTraining() {
    }

    static void run() {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("jpacker-cds");
            Files.writeString(dir.resolve("t.pkr.hcl"), TEMPLATE);
            PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
            Build.run(new TemplateInputs(dir.resolve("t.pkr.hcl"), List.of(), Map.of(), List.of(), List.of()),
                    new Build.Options(false, false, false, false, false, 0, OnError.CLEANUP, false,
                            Path.of("report.json"), false, false),
                    new EngineEnvironment(Map.of(), dir, Engine.components(),
                            EngineVersion.current().packerCompatible(), Instant.now()), sink, sink);
            // what `jpacker build` also loads: the signal handlers (installed and put back at once)
            SignalCancellation.install(CancelToken.create(), message -> { }, SignalCancellation.HALT).close();
        } catch (IOException e) {
            // training is best effort
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory
        }
    }
}
