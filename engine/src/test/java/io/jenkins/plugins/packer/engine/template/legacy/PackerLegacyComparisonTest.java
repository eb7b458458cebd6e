package io.jenkins.plugins.packer.engine.template.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs Debian's packer 1.6.6 on legacy templates and compares: {@code packer validate} verdicts and messages,
 * and {@code packer console} results for template expressions. The templates use only the null builder with
 * {@code "communicator": "none"}, so the verdict depends on the template layer alone. Skipped when
 * /usr/bin/packer is not installed.
 */
class PackerLegacyComparisonTest {

    private static final Path PACKER = Path.of("/usr/bin/packer");
    private static final String NULL = "{\"type\": \"null\", \"communicator\": \"none\"}";

    @TempDir
    static Path dir;

    private record Run(int exit, String output) {
    }

    private static Run packer(Path cwd, String stdin, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(PACKER.toString());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectErrorStream(true);
        pb.environment().put("CHECKPOINT_DISABLE", "1");
        pb.environment().put("PACKER_TEST_VAR", "from-env");
        Process p = pb.start();
        if (stdin != null) {
            p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out);
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    static Stream<Arguments> templates() {
        return Stream.of(
                Arguments.of("{\"builders\": [" + NULL + "]}", List.of()),
                Arguments.of("{\"variables\": {\"a\": \"{{env `PACKER_TEST_VAR`}}\", \"b\": \"{{user `a`}}-x\"},"
                        + " \"builders\": [" + NULL + "], \"provisioners\": [{\"type\": \"shell-local\","
                        + " \"inline\": [\"echo {{user `b`}} {{build_name}}\"]}]}", List.of()),
                Arguments.of("{\"variables\": {\"a\": null}, \"builders\": [" + NULL + "]}", List.of()),
                Arguments.of("{\"variables\": {\"a\": null}, \"builders\": [" + NULL + "]}", List.of("-var", "a=1")),
                Arguments.of("{\"variables\": {\"a\": \"{{user `b`}}\"}, \"builders\": [" + NULL + "]}", List.of()),
                Arguments.of("{\"variables\": {\"a\": \"{{user `b`}}\"}, \"builders\": [" + NULL + "]}",
                        List.of("-var", "b={{user `a`}}")),
                Arguments.of("{\"variables\": {\"x\": \"{{user `y`}}\", \"z\": \"{{user `w`}}\", \"w\": \"a\"},"
                        + " \"builders\": [" + NULL + "]}", List.of()),
                Arguments.of("{\"variables\": {\"a\": \"{{ nosuch }}\"}, \"builders\": [" + NULL + "]}", List.of()),
                Arguments.of("{\"variables\": {\"a\": \"{{ build_name }}\"}, \"builders\": [" + NULL + "]}",
                        List.of()),
                Arguments.of("{\"builders\": [" + NULL + "], \"foo\": 1}", List.of()),
                Arguments.of("{\"builders\": [" + NULL + ", " + NULL + "]}", List.of()),
                Arguments.of("{\"builders\": [" + NULL + "], \"provisioners\": [{\"type\": \"shell-local\","
                        + " \"inline\": [\"x\"], \"only\": [\"nope\"]}]}", List.of()),
                Arguments.of("{\"builders\": [" + NULL + "], \"provisioners\": [{\"type\": \"shell-local\","
                        + " \"inline\": [\"x\"], \"max_retries\": \"many\"}]}", List.of()),
                Arguments.of("{\"builders\": [" + NULL + "], \"provisioners\": [{\"type\": \"shell-local\","
                        + " \"inline\": [\"{{env `HOME`}}\"]}]}", List.of()),
                Arguments.of("{\"builders\": [" + NULL + "], \"provisioners\": [{\"type\": \"shell-local\","
                        + " \"inline\": [\"{{split `a` `-` 2}}\"]}]}", List.of()),
                Arguments.of("{\"builders\": [" + NULL + "], \"provisioners\": [{\"type\": \"shell-local\","
                        + " \"inline\": [\"{{ build `ID` }} {{ uuid }} {{ isotime `2006` }}\"]}]}", List.of()),
                Arguments.of("{\"builders\": [" + NULL + "], \"post-processors\": [[\"manifest\", {\"type\":"
                        + " \"checksum\", \"keep_input_artifact\": \"yes\"}]]}", List.of()),
                Arguments.of("{\"builders\": [{\"type\": \"null\", \"name\": \"{{user `n`}}\", \"communicator\":"
                        + " \"none\"}], \"variables\": {\"n\": \"named\"}}", List.of()),
                Arguments.of("{\"builders\": [" + NULL + "],\n  \"variables\": {\"a\": \"b\",}}", List.of()),
                Arguments.of("{\"builders\": [" + NULL + "], \"sensitive-variables\": [\"a\"],"
                        + " \"variables\": {\"a\": \"b\"}, \"_comment\": \"x\", \"push\": {}}", List.of()));
    }

    @ParameterizedTest
    @MethodSource("templates")
    void validateAgreesWithPacker(String json, List<String> args) throws Exception {
        assumeTrue(Files.isExecutable(PACKER), "packer not installed at " + PACKER);
        Path f = Files.createTempFile(dir, "t", ".json");
        Files.writeString(f, json);
        List<String> cmd = new ArrayList<>(List.of("validate"));
        cmd.addAll(args);
        cmd.add(f.toString());
        Run real = packer(dir, null, cmd.toArray(String[]::new));

        Diagnostics diags = new Diagnostics();
        Map<String, String> vars = new java.util.LinkedHashMap<>();
        for (int i = 0; i < args.size(); i += 2) {
            String[] kv = args.get(i + 1).split("=", 2);
            vars.put(kv[0], kv[1]);
        }
        LegacyTemplate t = LegacyTemplateParser.parseFile(f, diags);
        if (t != null) {
            LegacyBuilds b = LegacyBuilds.prepare(t, new LegacyBuilds.Options(vars,
                    Map.of("PACKER_TEST_VAR", "from-env")::get, dir, Instant.now(), "1.6.6", RenderPolicy.DEFAULT),
                    diags);
            if (b != null) {
                for (String n : b.buildNames()) {
                    b.build(n, List.of(), diags);
                }
            }
        }
        assertThat(diags.hasErrors() ? 1 : 0).as(real.output() + "\nours: " + diags).isEqualTo(real.exit());
        for (Diagnostic d : diags.asList()) {
            if (d.isError()) {
                // each of our diagnostics is one error: Packer's "N error(s) decoding:" wrappers are not repeated
                assertThat(squash(real.output()).replaceAll("\\d+ error\\(s\\) decoding: \\* ", ""))
                        .as("packer said: " + real.output())
                        .contains(squash(d.detail()));
            }
        }
    }

    static Stream<Arguments> expressions() {
        return Stream.of("{{user `a`}}|{{user `nope`}}|", "{{split \"a-b-c\" \"-\" 1}}", "{{split \"a-b\" \"-\" 7}}",
                "{{replace \"a\" \"b\" 2 \"aaaa\"}}", "{{replace_all \"-\" \"\" \"a-b-c\"}}", "{{upper `ab`}}",
                "{{lower 5}}", "{{upper}}", "{{ user `a` | upper | printf \"%s!\" }}", "{{sed `s/a/b/` `a`}}",
                "{{env `HOME`}}", "{{build_name}}", "{{build `ID`}}", "{{vault `a` `b`}}", "{{isotime `a` `b`}}",
                "{{ .HTTPIP }}", "{{ nosuch }}", "{{strftime `%Y%%%Q`}} {{isotime `2006`}}",
                "{{ if eq (user `a`) `x` }}yes{{ else }}no{{ end }}", "{{ split `a` 1 1 }}")
                .map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("expressions")
    void consoleAgreesWithPacker(String expr) throws Exception {
        assumeTrue(Files.isExecutable(PACKER), "packer not installed at " + PACKER);
        Path f = dir.resolve("console.json");
        Files.writeString(f, "{\"variables\": {\"a\": \"x\"}, \"builders\": [" + NULL + "]}");
        Run real = packer(dir, expr + "\n", "console", f.toString());
        InterpolationContext ctx = new InterpolationContext(Map.of("a", "x"), false, System::getenv, "", "", f,
                "", Instant.now(), dir, null, null);
        String ours;
        try {
            ours = Interpolator.render(expr, ctx);
        } catch (io.jenkins.plugins.packer.engine.gotemplate.GoTemplateException e) {
            ours = "Interpolation error " + e.getMessage();
        }
        assertThat(squash(real.output().replace("???????:", ""))).isEqualTo(squash(ours));
    }
}
