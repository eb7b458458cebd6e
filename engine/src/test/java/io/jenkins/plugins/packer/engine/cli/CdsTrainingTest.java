package io.jenkins.plugins.packer.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive training must walk the success paths: its templates are valid for the built-in components. */
class CdsTrainingTest {

    @Test
    void trainingTemplatesAreValid(@TempDir Path dir) throws IOException {
        for (Map.Entry<String, String> e : CdsTraining.templates().entrySet()) {
            Path t = Files.writeString(dir.resolve(e.getKey()), e.getValue());
            StringWriter out = new StringWriter();
            int code = JPacker.run(new String[] {"validate", t.toString()}, new PrintWriter(out),
                    new PrintWriter(out), Map.of());
            assertThat(code).as(out.toString()).isZero();
            assertThat(out.toString()).isEqualTo("The configuration is valid.\n");
        }
    }
}
