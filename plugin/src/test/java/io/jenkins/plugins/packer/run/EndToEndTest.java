package io.jenkins.plugins.packer.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.packer.binding.BindingTarget;
import io.jenkins.plugins.packer.binding.BoundCredentials;
import io.jenkins.plugins.packer.binding.CredentialMapping;
import io.jenkins.plugins.packer.launch.BuildFlags;
import io.jenkins.plugins.packer.launch.EngineContract;
import io.jenkins.plugins.packer.launch.EngineOptions;
import io.jenkins.plugins.packer.launch.TemplateOptions;
import io.jenkins.plugins.packer.launch.ValidateFlags;
import io.jenkins.plugins.packer.masking.MaskingOutputStream;
import io.jenkins.plugins.packer.masking.SecretMasker;
import io.jenkins.plugins.packer.report.ArchivePlan;
import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The step's code path without Jenkins: bind a set of credentials, build the engine's command line and
 * environment, launch the real engine (this repository's jpacker) as a process on this machine against the
 * example template, mask its output, read the report into the return value and run record, and check that no
 * secret appears in any output or file. Validation results and build results come from the engine's JSON report
 * only (the console is never parsed); the Jenkins build metadata reaches the manifest's {@code custom_data}.
 *
 * <p>The secret that reaches the engine's output is the one the JVM itself echoes
 * ({@code Picked up JAVA_TOOL_OPTIONS: ...}) from a credential bound to that environment variable.
 */
class EndToEndTest {

    static final String PASSWORD = "pw-Xq7!\"quoted\"";
    static final String TOKEN = "ghp_tokenValue123456";
    static final String JVM_SECRET = "-Dpacker.e2e.secret=jvm-echoed-Secret-42";
    static final String KEY_LINE = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW";
    static final String PASSPHRASE = "key-passphrase-99";
    static final String FILE_SECRET = "gcp-service-account-private";
    static final String AWS_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    static final String AWS_SESSION = "FwoGZXIvYXdzEBYaDExampleSessionToken";
    static final List<String> SECRETS = List.of(PASSWORD, TOKEN, JVM_SECRET, KEY_LINE, PASSPHRASE, FILE_SECRET,
            AWS_SECRET, AWS_SESSION);

    @TempDir
    Path root;
    Path workspace;
    LocalEngineAgent agent;
    BoundCredentials credentials;
    SecretMasker masker;
    ByteArrayOutputStream console;
    PrintStream log;

    @BeforeEach
    void setUp() throws Exception {
        workspace = Files.createDirectories(root.resolve("workspace"));
        Files.createDirectories(workspace.resolve("images"));
        Files.copy(Path.of("../examples/hello/hello.pkr.hcl"), workspace.resolve("images/hello.pkr.hcl"));
        agent = new LocalEngineAgent(workspace);

        credentials = new BoundCredentials();
        CredentialMapping.usernamePassword(credentials, BindingTarget.VARIABLE, "ssh_username", "ssh_password",
                "packer", PASSWORD, false);
        CredentialMapping.string(credentials, BindingTarget.ENVIRONMENT, "GITHUB_TOKEN", TOKEN);
        CredentialMapping.string(credentials, BindingTarget.ENVIRONMENT, "JAVA_TOOL_OPTIONS", JVM_SECRET);
        CredentialMapping.sshUserPrivateKey(credentials, BindingTarget.VARIABLE, "ssh_private_key_file", null,
                "ssh_key_passphrase", "ubuntu", List.of("-----BEGIN OPENSSH PRIVATE KEY-----\n" + KEY_LINE
                        + "\n-----END OPENSSH PRIVATE KEY-----\n"), PASSPHRASE);
        CredentialMapping.file(credentials, BindingTarget.ENVIRONMENT, "GOOGLE_APPLICATION_CREDENTIALS",
                "account.json", FILE_SECRET.getBytes(StandardCharsets.UTF_8));
        CredentialMapping.aws(credentials, BindingTarget.ENVIRONMENT, "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
                "AWS_SESSION_TOKEN", "AKIAE2EEXAMPLE", AWS_SECRET, AWS_SESSION);

        masker = new SecretMasker(credentials.secrets());
        console = new ByteArrayOutputStream();
        log = new PrintStream(new MaskingOutputStream(console, masker, StandardCharsets.UTF_8), true,
                StandardCharsets.UTF_8);
    }

    private Map<String, String> jenkinsEnvironment() {
        Map<String, String> env = new LinkedHashMap<>(System.getenv());
        env.remove("JAVA_TOOL_OPTIONS");
        env.put("JENKINS_URL", "https://ci.example.invalid/");
        env.put("JOB_NAME", "images/nightly");
        env.put("BUILD_NUMBER", "7");
        env.put("GIT_COMMIT", "0123456789abcdef");
        return env;
    }

    @Test
    void validateRunsTheEngineWithSecretsOnlyInEnvironmentAndPrivateFiles() throws Exception {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("greeting", "hello from Jenkins");
        PackerRequest request = new PackerRequest(true, new TemplateOptions("images", null, null, null), null,
                new ValidateFlags(false, false), vars, EngineOptions.defaults(), null, jenkinsEnvironment(), "1");

        PackerOutcome outcome = PackerRun.execute(request, credentials, agent, log, masker);
        log.close();
        String out = console.toString(StandardCharsets.UTF_8);

        // the engine really ran (its own message and the JVM's echo of JAVA_TOOL_OPTIONS came through the mask)
        assertThat(out).contains("[packer] jpacker validate images on local-test-agent")
                .contains("Picked up JAVA_TOOL_OPTIONS: " + SecretMasker.MASK)
                .contains("The configuration is valid.");
        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.reportFound()).isTrue();
        assertThat(outcome.succeeded()).isTrue();
        assertThat(outcome.errors()).isEmpty();
        // the variables bound from credentials are not declared by the example: the engine warns about each
        // (Packer's "Undefined variable" for var-file values), and the step returns the warnings
        assertThat(outcome.warnings()).hasSize(4).allMatch(w -> w.startsWith("Undefined variable: "));
        assertThat(String.join("\n", outcome.warnings())).contains("\"ssh_password\"", "\"ssh_username\"",
                "\"ssh_private_key_file\"", "\"ssh_key_passphrase\"");
        assertThat(outcome.record().getArchived()).isEmpty();

        String commandLine = agent.launched.get(0);
        assertThat(commandLine).contains(" validate ").contains("-var-file=").endsWith(" images");
        assertThat(commandLine).contains("-D" + EngineContract.RUN_TOKEN_PROPERTY + "=");
        assertNoSecretIn("command line", commandLine);
        assertNoSecretIn("console", out);
        assertNoSecretIn("failure message", outcome.failureMessage("validate"));
        assertNoSecretIn("run record", new String(serialize(outcome.record()), StandardCharsets.ISO_8859_1));
        assertThat(outcome.record().getTemplateSha256()).hasSize(64);
        assertThat(outcome.record().getMetadata()).containsEntry("JOB_NAME", "images/nightly")
                .containsEntry("GIT_COMMIT", "0123456789abcdef").doesNotContainKey("AWS_SECRET_ACCESS_KEY");
        assertNoSecretAnywhereOnDisk();
    }

    @Test
    void validateFailsWithTheDiagnosticsOfTheReport() throws Exception {
        Files.createDirectories(workspace.resolve("broken"));
        Files.writeString(workspace.resolve("broken/t.pkr.hcl"), """
                source "file" "a" {
                  content = "x"
                  target  = "a.txt"
                  colour  = "blue"
                }
                build { sources = ["file.a"] }
                """);
        PackerRequest request = new PackerRequest(true, new TemplateOptions("broken", null, null, null), null,
                new ValidateFlags(false, false), null, EngineOptions.defaults(), null, jenkinsEnvironment(), "1");

        PackerOutcome outcome = PackerRun.execute(request, credentials, agent, log, masker);
        log.close();
        String out = console.toString(StandardCharsets.UTF_8);

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.reportFound()).isTrue();
        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.errors()).singleElement().asString()
                .startsWith("broken/t.pkr.hcl:4:3: Unsupported argument: ");
        assertThat(outcome.failureMessage("validate")).contains("exit code 1")
                .contains("broken/t.pkr.hcl:4:3: Unsupported argument").doesNotContain("see the log");
        assertNoSecretIn("console", out);
        assertNoSecretIn("failure message", outcome.failureMessage("validate"));
        assertNoSecretAnywhereOnDisk();

        // the same template checked for syntax only passes: the flag reaches the engine
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        PackerOutcome syntax = PackerRun.execute(new PackerRequest(true, new TemplateOptions("broken", null, null,
                null), null, new ValidateFlags(true, false), null, EngineOptions.defaults(), null,
                jenkinsEnvironment(), "2"), credentials, agent,
                new PrintStream(new MaskingOutputStream(again, masker, StandardCharsets.UTF_8), true,
                        StandardCharsets.UTF_8), masker);
        assertThat(agent.launched.get(1)).contains(" validate -syntax-only ");
        assertThat(syntax.succeeded()).as(again.toString(StandardCharsets.UTF_8)).isTrue();
        assertThat(syntax.errors()).isEmpty();
    }

    @Test
    void buildRecordsJenkinsMetadataInTheManifestAndArchivesIt() throws Exception {
        PackerRequest request = new PackerRequest(false, new TemplateOptions("images/hello.pkr.hcl", null,
                List.of("hello.file.hello"), null), new BuildFlags("cleanup", 0, false, false), null,
                Map.of("greeting", "built by Jenkins"), EngineOptions.defaults(),
                new ArchivePlan.Options(true, true, true), jenkinsEnvironment(), "3");

        PackerOutcome outcome = PackerRun.execute(request, credentials, agent, log, masker);
        log.close();
        String out = console.toString(StandardCharsets.UTF_8);

        assertThat(outcome.exitCode()).as(out).isZero();
        assertThat(outcome.succeeded()).isTrue();
        assertThat(outcome.returnValue()).singleElement().satisfies(b -> {
            assertThat(b).containsEntry("name", "hello.file.hello").containsEntry("type", "file")
                    .containsEntry("succeeded", true);
            assertThat(b.get("files")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                    .contains("images/output/hello.txt");
        });
        assertThat(Files.readString(workspace.resolve("images/output/hello.txt"))).isEqualTo("built by Jenkins\n");
        // the manifest post-processor has no custom_data of its own: it records the Jenkins metadata
        JsonNode entry = new ObjectMapper().readTree(workspace.resolve("images/output/manifest.json").toFile())
                .get("builds").get(0);
        assertThat(entry.get("name").asText()).isEqualTo("hello");
        JsonNode custom = entry.get("custom_data");
        assertThat(custom.get("JENKINS_URL").asText()).isEqualTo("https://ci.example.invalid/");
        assertThat(custom.get("JOB_NAME").asText()).isEqualTo("images/nightly");
        assertThat(custom.get("BUILD_NUMBER").asText()).isEqualTo("7");
        assertThat(custom.get("GIT_COMMIT").asText()).isEqualTo("0123456789abcdef");
        assertThat(custom.size()).isEqualTo(4);
        // archived: the artifact files (the builder's and the checksum post-processor's), the manifest (found
        // through the report: it is no artifact) and the report
        assertThat(outcome.record().getArchived()).containsExactlyInAnyOrder(
                "packer/3/artifacts/hello.file.hello/images/output/hello.txt",
                "packer/3/artifacts/hello.file.hello/images/output/hello.sha256.checksum", "packer/3/manifest.json",
                "packer/3/build-report.json");
        assertThat(agent.archived.get("packer/3/manifest.json"))
                .isEqualTo(workspace.resolve("images/output/manifest.json"));
        assertNoSecretIn("console", out);
        assertNoSecretIn("run record", new String(serialize(outcome.record()), StandardCharsets.ISO_8859_1));
        assertNoSecretAnywhereOnDisk();
    }

    @Test
    void buildRunsTheEngineAndCleansUpEvenWhenItFails() throws Exception {
        PackerRequest request = new PackerRequest(false, new TemplateOptions("images/hello.pkr.hcl", null,
                List.of("file.*"), null), new BuildFlags("abort", 1, false, true), null, Map.of(),
                new EngineOptions("256m", List.of()), null, jenkinsEnvironment(), "2");

        PackerOutcome outcome = PackerRun.execute(request, credentials, agent, log, masker);
        log.close();
        String out = console.toString(StandardCharsets.UTF_8);

        String commandLine = agent.launched.get(0);
        assertThat(commandLine).contains(" build -color=false -on-error=abort -parallel-builds=1 -timestamp-ui")
                .contains(" -report=").contains("-only=file.*").contains("-Xmx256m").endsWith(" images/hello.pkr.hcl");
        // the engine really ran the build: "file.*" matches no build of this template (its builds are named
        // hello.file.hello and hello.null.hello), so Packer's "No builds to run" failure path is taken
        assertThat(out).contains("Error: No builds to run").doesNotContain("Exception");
        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.reportFound()).isTrue();
        assertThat(outcome.returnValue()).isEmpty();
        // the engine writes its report also when nothing was built; the plugin archives it (and no artifact)
        assertThat(outcome.record().getArchived()).containsExactly("packer/2/build-report.json");
        assertNoSecretIn("command line", commandLine);
        assertNoSecretIn("console", out);
        assertNoSecretAnywhereOnDisk();
    }

    @Test
    void theEngineClasspathAssembledLikeOnAnAgentRunsTheEngine() throws Exception {
        List<String> cmd = new ArrayList<>(List.of(agent.java(), "-cp",
                String.join(agent.pathSeparator(), agent.engineClasspath()), EngineContract.MAIN_CLASS, "version"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        assertThat(out).startsWith("jpacker v").contains("Packer v");
    }

    private void assertNoSecretIn(String where, String text) {
        for (String s : SECRETS) {
            assertThat(text).as(where).doesNotContain(s)
                    .doesNotContain(Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8)));
        }
        assertThat(masker.reveals(text)).as(where).isFalse();
    }

    /** The workspace and its @tmp directory hold no secret, and the step's private files are gone. */
    private void assertNoSecretAnywhereOnDisk() throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertNoSecretIn(f.toString(), Files.readString(f, StandardCharsets.ISO_8859_1));
            }
        }
        if (Files.isDirectory(agent.tmp())) {
            try (Stream<Path> left = Files.list(agent.tmp())) {
                assertThat(left).as("temporary directories left in @tmp").isEmpty();
            }
        }
    }

    private static byte[] serialize(Object o) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(b)) {
            out.writeObject(o);
        }
        return b.toByteArray();
    }
}
