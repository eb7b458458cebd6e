package io.jenkins.plugins.packer.engine.builder.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: {@code bin/jpacker build} as a process, with {@code DOCKER_HOST} pointing at the private dockerd:
 * commit + docker-tag and export + docker-import in parallel, discard, a missing image, cancel during a
 * provisioner running in the container, push to a local registry and pull back. Provisioners inside containers:
 * {@link DockerProvisionersIT}.
 */
class DockerBuildIT {

    @TempDir
    Path dir;

    private Dockerd dockerd;

    @BeforeEach
    void setUp() {
        dockerd = Dockerd.get();
    }

    private Process start(String template, String... args) throws IOException {
        return JPackerBuild.start(dir, dockerd, template, args);
    }

    private JPackerBuild.Result build(String template, String... args) throws Exception {
        return JPackerBuild.run(dir, dockerd, template, args);
    }

    @Test
    void commitWithTagAndExportWithImportRunInParallel() throws Exception {
        JPackerBuild.Result r = build("""
                source "docker" "commit" {
                  image   = "%1$s"
                  pull    = false
                  commit  = true
                  changes = ["ENV FEAS=1", "LABEL built_by=jpacker"]
                }
                source "docker" "export" {
                  image       = "%1$s"
                  pull        = false
                  export_path = "exported.tar"
                }
                build {
                  sources = ["source.docker.commit", "source.docker.export"]
                  provisioner "shell-local" {
                    inline = ["echo container=${build.ID}"]
                  }
                  post-processor "docker-tag" {
                    only       = ["docker.commit"]
                    repository = "e2e/built"
                    tags       = ["v1"]
                  }
                  post-processor "docker-import" {
                    only       = ["docker.export"]
                    repository = "e2e/imported"
                    tag        = "v1"
                    changes    = ["CMD [\\"echo\\", \\"imported\\"]"]
                  }
                }
                """.formatted(Dockerd.BUSYBOX));
        assertThat(r.code()).as(r.out()).isZero();
        assertThat(r.out()).containsPattern("docker.commit: container=[0-9a-f]{64}")
                .contains("--> docker.commit: Imported Docker image: e2e/built:v1 with tags e2e/built:v1",
                        "--> docker.export: Imported Docker image: e2e/imported:v1");
        // docker-import does not keep its input (Packer's keep=false): the exported tar is deleted after the import
        assertThat(dir.resolve("exported.tar")).doesNotExist();
        assertThat(r.out()).contains("docker.export (docker-import): Imported ID: sha256:");
        assertThat(dockerd.run("e2e/built:v1", "sh", "-c", "echo FEAS=$FEAS")).isEqualTo("FEAS=1\n");
        assertThat(dockerd.run("e2e/imported:v1")).isEqualTo("imported\n");
        assertThat(dockerd.containers()).isEmpty();
    }

    @Test
    void discardAndAMissingImage() throws Exception {
        JPackerBuild.Result ok = build("""
                source "docker" "d" {
                  image   = "%s"
                  pull    = false
                  discard = true
                }
                build { sources = ["source.docker.d"] }
                """.formatted(Dockerd.BUSYBOX));
        assertThat(ok.code()).as(ok.out()).isZero();
        assertThat(ok.out()).contains("Killing the container", "--> docker.d: Exported Docker file: ");
        JPackerBuild.Result missing = build("""
                source "docker" "m" {
                  image  = "e2e/not-there:1"
                  pull   = false
                  commit = true
                }
                build { sources = ["source.docker.m"] }
                """);
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.out()).contains("==> docker.m: Image e2e/not-there:1 not found on the Docker Engine",
                "Build 'docker.m' errored after");
        assertThat(dockerd.containers()).isEmpty();
    }

    @Test
    void cancelMidProvisionLeavesNoContainer() throws Exception {
        Process p = start("""
                source "docker" "c" {
                  image  = "%s"
                  pull   = false
                  commit = true
                }
                build {
                  sources = ["source.docker.c"]
                  provisioner "shell" { inline = ["echo sleeping", "sleep 120"] }
                }
                """.formatted(Dockerd.BUSYBOX));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Files.readString(dir.resolve("out.log")).contains("docker.c: sleeping") && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(dockerd.containers()).hasSize(1);
        p.destroy();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = Files.readString(dir.resolve("out.log"), StandardCharsets.UTF_8);
        assertThat(out).contains("Killing the container");
        assertThat(dockerd.containers()).as(out).isEmpty();
    }

    @Test
    void pushesToALocalRegistryAndBuildsFromThePulledImage() throws Exception {
        try (LocalRegistry registry = LocalRegistry.start()) {
            String repo = registry.address() + "/e2e/app";
            String vars = """
                    variable "password" {
                      type      = string
                      sensitive = true
                      default   = "%s"
                    }
                    """.formatted(LocalRegistry.PASSWORD);
            JPackerBuild.Result push = build(vars + """
                    source "docker" "p" {
                      image  = "%s"
                      pull   = false
                      commit = true
                    }
                    build {
                      sources = ["source.docker.p"]
                      post-processors {
                        post-processor "docker-tag" {
                          repository = "%s"
                          tags       = ["v1"]
                        }
                        post-processor "docker-push" {
                          login          = true
                          login_server   = "%s"
                          login_username = "%s"
                          login_password = var.password
                        }
                      }
                    }
                    """.formatted(Dockerd.BUSYBOX, repo, registry.address(), LocalRegistry.USER));
            assertThat(push.code()).as(push.out()).isZero();
            assertThat(push.out()).contains("Pushing: " + repo + ":v1").doesNotContain(LocalRegistry.PASSWORD);
            try (EngineApiDriver d = dockerd.driver()) {
                d.removeImage(repo + ":v1");
            }
            JPackerBuild.Result pull = build(vars + """
                    source "docker" "q" {
                      image          = "%s:v1"
                      commit         = true
                      login          = true
                      login_server   = "%s"
                      login_username = "%s"
                      login_password = var.password
                    }
                    build { sources = ["source.docker.q"] }
                    """.formatted(repo, registry.address(), LocalRegistry.USER));
            assertThat(pull.code()).as(pull.out()).isZero();
            assertThat(pull.out()).contains("Pulling Docker image: " + repo + ":v1")
                    .doesNotContain(LocalRegistry.PASSWORD);
            assertThat(dockerd.containers()).isEmpty();
        }
    }
}
