package io.jenkins.plugins.packer.engine.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.builtin.BuiltinComponents;
import io.jenkins.plugins.packer.engine.testing.Corpus;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * chef/bento's templates (shared/corpus/chef-bento): {@code validate -syntax-only} passes with every non-Windows
 * var file, and a full {@code validate} names each builder type this engine lacks once.
 */
class ChefBentoTest {

    static Path bento() {
        return Corpus.dir("chef-bento");
    }

    static Stream<Path> varFiles() throws IOException {
        try (Stream<Path> s = Files.walk(bento().resolve("os_pkrvars"))) {
            return s.filter(p -> p.toString().endsWith(".pkrvars.hcl"))
                    .filter(p -> !p.getParent().getFileName().toString().equals("windows")).sorted().toList().stream();
        }
    }

    private static String[] validate(boolean syntaxOnly, Path varFile) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path templates = bento().resolve("packer_templates");
        int code = Validate.run(new TemplateInputs(templates, List.of(varFile), Map.of(), List.of(), List.of()),
                new Validate.Options(syntaxOnly, false, false),
                new EngineEnvironment(Map.of(), templates, BuiltinComponents.registry(), "1.16.0", Instant.now()),
                new CommandOutput(new PrintWriter(out), new PrintWriter(err), true));
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @ParameterizedTest
    @MethodSource("varFiles")
    void syntaxOnlyPasses(Path varFile) {
        String[] r = validate(true, varFile);
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        assertThat(r[1]).isEqualTo("Syntax-only check passed. Everything looks okay.\n");
    }

    @Test
    void fullValidateNamesEachMissingBuilderTypeOnce() throws IOException {
        TreeSet<String> declared = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^source \"([^\"]+)\"").matcher(
                Files.readString(bento().resolve("packer_templates/pkr-sources.pkr.hcl")));
        while (m.find()) {
            declared.add(m.group(1));
        }
        assertThat(declared).hasSizeGreaterThan(3);
        String[] r = validate(false, bento().resolve("os_pkrvars/ubuntu/ubuntu-24.04-x86_64.pkrvars.hcl"));
        assertThat(r[0]).isEqualTo("1");
        var provided = io.jenkins.plugins.packer.engine.builtin.BuiltinComponents.registry()
                .names(io.jenkins.plugins.packer.engine.component.ComponentKind.BUILDER);
        for (String type : declared) {
            Matcher each = Pattern.compile("(?m)^Error: Unknown builder type \"" + Pattern.quote(type) + "\"$")
                    .matcher(r[2]);
            int count = 0;
            while (each.find()) {
                count++;
            }
            assertThat(count).as(type + " in\n" + r[2]).isEqualTo(provided.contains(type) ? 0 : 1);
        }
        assertThat(r[2]).doesNotContain("Unknown source").doesNotContain("Exception")
                .contains("Available builders: " + String.join(", ", provided) + ".");
    }
}
