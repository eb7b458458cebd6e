package io.jenkins.plugins.packer.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps {@code examples/} true to the code: every example directory is in canonical format ({@code fmt -check})
 * and passes {@code validate} with the variables its header comment tells users to set. A new example directory
 * fails {@link #everyExampleIsCovered} until it is listed in {@link #VARS}.
 */
class ExamplesTest {

    private static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();

    /** The {@code -var} values each example needs (placeholders: validate does not connect anywhere). */
    private static final Map<String, List<String>> VARS = Map.of(
            "hello", List.of(),
            "docker", List.of("-var", "version=1.2.3"),
            "ssh-host", List.of("-var", "host=192.0.2.10", "-var", "private_key_file=KEY"),
            "qemu-cloud-image", List.of("-var", "ssh_password=not-a-real-password"));

    @TempDir
    static Path tmp;

    static Stream<String> examples() throws IOException {
        try (Stream<Path> dirs = Files.list(EXAMPLES)) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @Test
    void everyExampleIsCovered() throws IOException {
        assertThat(examples().toList()).containsExactlyInAnyOrderElementsOf(VARS.keySet());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void isFormattedAndValid(String name) throws IOException {
        Path dir = EXAMPLES.resolve(name);
        Run fmt = jpacker(List.of("fmt", "-check", dir.toString()));
        assertThat(fmt.code()).as("fmt -check %s: %s", name, fmt.out()).isZero();
        assertThat(fmt.out()).isEmpty();

        Path key = Files.writeString(tmp.resolve("key"), "placeholder, validate only checks that it exists\n");
        List<String> args = new ArrayList<>(List.of("validate"));
        VARS.getOrDefault(name, List.of()).forEach(a -> args.add(a.replace("KEY", key.toString())));
        args.add(dir.toString());
        Run validate = jpacker(args);
        assertThat(validate.code()).as("validate %s: %s%s", name, validate.out(), validate.err()).isZero();
        assertThat(validate.out()).isEqualTo("The configuration is valid.\n");
    }

    @Test
    void aMissingRequiredVariableIsReportedNotIgnored() {
        Run r = jpacker(List.of("validate", EXAMPLES.resolve("ssh-host").toString()));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err() + r.out()).contains("Unset variable \"host\"");
    }

    private record Run(int code, String out, String err) {
    }

    private static Run jpacker(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = JPacker.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), Map.of());
        return new Run(code, out.toString(), err.toString());
    }
}
