package io.jenkins.plugins.packer.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.packer.masking.SecretMasker;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LaunchTest {

    private static final TemplateOptions TEMPLATE = new TemplateOptions("images/debian", List.of("common.pkrvars.hcl"),
            List.of("qemu.*"), List.of());

    private EngineCommand.Builder builder() {
        return new EngineCommand.Builder("/opt/jdk/bin/java", List.of("/cache/engine.jar", "/cache/picocli.jar"), ":");
    }

    @Test
    void buildCommandLineHasPackerFlagsAndTheGeneratedVarFileLast() {
        EngineCommand c = builder().options(new EngineOptions("2g", List.of("-Dhttps.proxyHost=proxy")))
                .runToken("0123abcd-run").generatedVarFile("/ws@tmp/packer-x/vars-1.pkrvars.json")
                .reportFile("/ws@tmp/packer-x/build-report.json")
                .env(Map.of("AWS_SECRET_ACCESS_KEY", "sk"))
                .build(TEMPLATE, new BuildFlags("abort", 2, true, true));
        assertThat(c.command()).containsExactly("/opt/jdk/bin/java", "-Xmx2g", "-XX:+UseSerialGC",
                "-Djava.awt.headless=true", "-Dhttps.proxyHost=proxy", "-Dio.jenkins.plugins.packer.run=0123abcd-run",
                "-cp", "/cache/engine.jar:/cache/picocli.jar", EngineContract.MAIN_CLASS, "build", "-color=false",
                "-on-error=abort", "-parallel-builds=2", "-force", "-timestamp-ui",
                "-report=/ws@tmp/packer-x/build-report.json", "-only=qemu.*",
                "-var-file=common.pkrvars.hcl", "-var-file=/ws@tmp/packer-x/vars-1.pkrvars.json", "images/debian");
        assertThat(c.environment()).containsEntry("AWS_SECRET_ACCESS_KEY", "sk");
    }

    @Test
    void validateCommandLine() {
        EngineCommand c = new EngineCommand.Builder("java", List.of("e.jar"), ";")
                .validate(new TemplateOptions("t.pkr.hcl", null, null, List.of("docker.*")),
                        new ValidateFlags(true, true));
        assertThat(c.command()).containsSubsequence("validate", "-syntax-only", "-evaluate-datasources",
                "-except=docker.*", "t.pkr.hcl").contains("-Xmx1g").doesNotContain("-color=false")
                .noneMatch(a -> a.startsWith("-report"));
        EngineCommand reported = new EngineCommand.Builder("java", List.of("e.jar"), ";")
                .reportFile("C:\\ws@tmp\\packer-x\\build-report.json")
                .validate(new TemplateOptions("t.pkr.hcl", null, null, null), new ValidateFlags(false, false));
        assertThat(reported.command()).containsSubsequence("validate",
                "-report=C:\\ws@tmp\\packer-x\\build-report.json", "t.pkr.hcl")
                .doesNotContain("-syntax-only", "-evaluate-datasources");
    }

    @Test
    void aSecretOnTheCommandLineIsRefusedWithoutShowingIt() {
        SecretMasker masker = new SecretMasker(List.of("hunter22"));
        EngineCommand bad = builder().options(new EngineOptions(null, List.of("-Dpassword=hunter22")))
                .build(TEMPLATE, BuildFlags.defaults());
        assertThatThrownBy(() -> bad.check(masker)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("argument 4").hasMessageNotContaining("hunter22");
        EngineCommand good = builder().env(Map.of("PASSWORD", "hunter22")).build(TEMPLATE, BuildFlags.defaults());
        assertThat(good.check(masker)).isSameAs(good);
    }

    @Test
    void optionsAreValidated() {
        assertThatThrownBy(() -> new EngineOptions("lots", null)).hasMessageContaining("512m or 2g");
        assertThatThrownBy(() -> new EngineOptions(null, List.of("-cp", "/tmp/evil.jar")))
                .hasMessageContaining("not a JVM option");
        assertThatThrownBy(() -> new EngineOptions(null, List.of("Xmx1g"))).hasMessageContaining("not a JVM option");
        assertThatThrownBy(() -> new BuildFlags("ask", 0, false, false)).hasMessageContaining("nobody can answer");
        assertThatThrownBy(() -> new BuildFlags("cleanup", -1, false, false)).hasMessageContaining("parallelBuilds");
        assertThat(new BuildFlags(null, 0, false, false).onError()).isEqualTo("cleanup");
        assertThatThrownBy(() -> new TemplateOptions("../t", null, null, null)).hasMessageContaining("outside");
        assertThatThrownBy(() -> new TemplateOptions("t", List.of("/etc/shadow"), null, null))
                .hasMessageContaining("varFiles entry must be relative");
        assertThatThrownBy(() -> new TemplateOptions("t", null, List.of("a"), List.of("b")))
                .hasMessageContaining("together");
        assertThatThrownBy(() -> new TemplateOptions("t", null, List.of("a,b"), null)).hasMessageContaining("comma");
        assertThatThrownBy(() -> builder().runToken("x y")).hasMessageContaining("run token");
    }

    @Test
    void varFileHoldsTypedVarsAndBoundVariablesAndRefusesClashes() {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("cpus", 2);
        vars.put("tags", Map.of("team", "infra"));
        vars.put("headless", true);
        byte[] json = VarFile.content(vars, Map.of("ssh_password", "p\"w"));
        assertThat(new String(json, StandardCharsets.UTF_8))
                .isEqualTo("{\"cpus\":2,\"tags\":{\"team\":\"infra\"},\"headless\":true,\"ssh_password\":\"p\\\"w\"}");
        assertThatThrownBy(() -> VarFile.content(Map.of("ssh_password", "x"), Map.of("ssh_password", "secret-val")))
                .hasMessageContaining("set in vars and also bound").hasMessageNotContaining("secret-val");
    }

    @Test
    void privateFilesAreOwnerOnlyFromCreation(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("ws@tmp/packer-run");
        Path f = PrivateFiles.write(dir, "secret-", ".key", "KEY".getBytes(StandardCharsets.UTF_8));
        assertThat(f.getParent()).isEqualTo(dir);
        assertThat(f.getFileName().toString()).startsWith("secret-").endsWith(".key").hasSizeGreaterThan(20);
        assertThat(Files.readString(f)).isEqualTo("KEY");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
        Path g = PrivateFiles.write(dir, "secret-", ".key", new byte[0]);
        assertThat(g).isNotEqualTo(f);
        assertThat(PrivateFiles.deleteQuietly(f)).isTrue();
        assertThat(f).doesNotExist();
        assertThat(PrivateFiles.deleteQuietly(f)).isTrue();
    }

    @Test
    void engineClasspathFollowsTheEngineManifestAndFindsProvidedLibrariesByArtifactName(@TempDir Path tmp)
            throws Exception {
        Path lib = Files.createDirectories(tmp.resolve("WEB-INF/lib"));
        java.util.jar.Manifest mf = new java.util.jar.Manifest();
        mf.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        mf.getMainAttributes().put(java.util.jar.Attributes.Name.CLASS_PATH,
                "lib/picocli-4.7.7.jar lib/jackson-databind-2.22.4.jar lib/jackson-annotations-2.22.jar");
        Path engine = lib.resolve("packer-engine-0.1.0.jar");
        try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(Files.newOutputStream(engine), mf)) {
            out.putNextEntry(new java.util.zip.ZipEntry("x.txt"));
        }
        Path picocli = Files.writeString(lib.resolve("picocli-4.7.7.jar"), "p");
        Path provided = Files.createDirectories(tmp.resolve("plugins/jackson2-api/WEB-INF/lib"));
        Path databind = Files.writeString(provided.resolve("jackson-databind-2.19.0.jar"), "d");
        Path annotations = Files.writeString(provided.resolve("jackson-annotations-2.19.jar"), "a");
        Path core = Files.writeString(provided.resolve("jackson-core-2.19.0.jar"), "c");

        assertThat(EngineClasspath.fromManifest(engine, List.of(core, databind, annotations)))
                .containsExactly(engine, picocli, databind, annotations);
        assertThatThrownBy(() -> EngineClasspath.fromManifest(engine, List.of(core)))
                .hasMessageContaining("jackson-databind-2.22.4.jar");
        assertThat(EngineClasspath.artifactOf("jackson-annotations-2.22.jar")).isEqualTo("jackson-annotations");
        assertThat(EngineClasspath.artifactOf("picocli.jar")).isEqualTo("picocli");
    }

    @Test
    void engineClasspathFindsJarsAndHashesThem(@TempDir Path tmp) throws Exception {
        List<Path> cp = EngineClasspath.locate(List.of(org.junit.jupiter.api.Test.class,
                org.assertj.core.api.Assertions.class, org.junit.jupiter.api.Assertions.class));
        assertThat(cp).hasSize(2).allMatch(p -> p.toString().endsWith(".jar"));
        String sha = EngineClasspath.sha256(cp);
        assertThat(sha).hasSize(64).isEqualTo(EngineClasspath.sha256(cp));
        assertThat(EngineClasspath.sha256(List.of(cp.get(1), cp.get(0)))).isNotEqualTo(sha);
        assertThat(EngineClasspath.cacheDirName(sha)).isEqualTo("engine-" + sha.substring(0, 32));
        assertThatThrownBy(() -> EngineClasspath.sha256(List.of(tmp))).hasMessageContaining("not a jar");
    }
}
