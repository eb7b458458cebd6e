package io.jenkins.plugins.packer.engine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * What the build runs once to make the class-data sharing archive ({@code --cds-training}): the commands that
 * start most often ({@code validate}, {@code inspect}, {@code fmt}) on small HCL2 and legacy JSON templates, so
 * the archive holds the parser, evaluator, function library and component classes they load.
 */
final class CdsTraining {

    private static final String HCL = """
            packer {
              required_version = ">= 1.7.0"
            }
            variable "greeting" {
              type    = string
              default = "hello"
              validation {
                condition     = length(var.greeting) > 0
                error_message = "The greeting must not be empty."
              }
            }
            variable "secret" {
              type      = string
              default   = "s3cr3t"
              sensitive = true
            }
            variable "sizes" {
              type    = map(number)
              default = { small = 1, large = 4 }
            }
            locals {
              stamp = formatdate("YYYY-MM-DD", timestamp())
              names = [for k, v in var.sizes : upper("${k}-${v}")]
              joined = join(",", concat(local.names, ["x"]))
            }
            source "file" "a" {
              content = "content ${var.greeting} ${local.joined}"
              target  = "${path.root}/out-a.txt"
            }
            source "null" "b" {
              communicator = "none"
            }
            build {
              name    = "demo"
              sources = ["source.file.a", "source.null.b"]
              provisioner "shell-local" {
                inline = ["echo ${source.name} ${build.name} {{ .Vars }}"]
                only   = ["null.b"]
              }
              post-processors {
                post-processor "manifest" {
                  output     = "manifest.json"
                  strip_path = true
                }
                post-processor "checksum" {
                  checksum_types = ["sha256"]
                }
              }
            }
            """;

    private static final String JSON = """
            {
              "variables": {"who": "world", "home": "{{env `HOME`}}"},
              "builders": [{"type": "file", "name": "f1", "content": "hi {{user `who`}}", "target": "o.txt"}],
              "provisioners": [{"type": "shell-local", "inline": ["echo {{build_name}} {{user `who`}}"]}],
              "post-processors": [[{"type": "manifest"}]]
            }
            """;

    private CdsTraining() {
    }

    /** Runs the commands through {@code run} with output discarded; training problems are ignored. */
    static void run(BiFunction<String[], PrintWriter, Integer> run) {
        PrintWriter sink = new PrintWriter(new StringWriter());
        Path dir = null;
        try {
            dir = Files.createTempDirectory("jpacker-cds");
            Path hcl = Files.writeString(dir.resolve("t.pkr.hcl"), HCL);
            Path json = Files.writeString(dir.resolve("t.json"), JSON);
            for (String[] args : new String[][] {
                {"validate", hcl.toString()}, {"validate", "-syntax-only", hcl.toString()},
                {"inspect", hcl.toString()}, {"validate", json.toString()}, {"inspect", json.toString()},
                {"fmt", "-check", hcl.toString()}}) {
                run.apply(args, sink);
            }
        } catch (IOException | RuntimeException e) {
            // the archive is an optimisation: without these classes it is merely smaller
        } finally {
            if (dir != null) {
                for (String f : new String[] {"t.pkr.hcl", "t.json", ""}) {
                    try {
                        Files.deleteIfExists(dir.resolve(f));
                    } catch (IOException e) {
                        // a temporary file left behind
                    }
                }
            }
        }
    }

    /** For tests: the commands run against the training templates, with their exit codes. */
    static Map<String, String> templates() {
        return Map.of("t.pkr.hcl", HCL, "t.json", JSON);
    }
}
