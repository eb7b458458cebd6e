package io.jenkins.plugins.packer.engine.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.syntax.HclParser;
import io.jenkins.plugins.packer.engine.hcl.syntax.ParseResult;
import io.jenkins.plugins.packer.engine.hcl.value.Mark;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigDecoderTest {

    record Mount(@Required String path, Boolean readOnly) {
    }

    record Example(
            @Required String sshHost,
            @Default("22") int sshPort,
            @Default("5m") Duration sshTimeout,
            @Sensitive String sshPassword,
            List<String> inline,
            Map<String, String> env,
            Boolean headless,
            List<Mount> mount) implements Validated {

        @Override
        public void validate(Validation v) {
            v.exclusive("ssh_password", "inline");
            if (!v.isUnknown("ssh_port") && sshPort > 65535) {
                v.error("ssh_port", "Invalid port", "ssh_port must be at most 65535, got " + sshPort + ".");
            }
        }
    }

    private final Diagnostics diags = new Diagnostics();

    private Decoded<Example> decode(String src, EvalContext ctx) {
        ParseResult parsed = HclParser.parseFile(src.getBytes(StandardCharsets.UTF_8), "t.pkr.hcl");
        assertThat(parsed.diags().hasErrors()).as(parsed.diags().toString()).isFalse();
        return ConfigDecoder.decode(ConfigSchema.of(Example.class), parsed.body(), ctx, diags);
    }

    private Decoded<Example> decode(String src) {
        return decode(src, EvalContext.empty());
    }

    @Test
    void decodesEveryKindOfFieldAndAppliesDefaults() {
        Decoded<Example> d = decode("""
                ssh_host = "10.0.0.5"
                inline   = ["echo a", "echo ${1 + 1}"]
                env      = { A = "1", B = 2 }
                headless = "true"
                mount {
                  path = "/data"
                }
                mount {
                  path      = "/logs"
                  read_only = true
                }
                """);
        assertThat(diags.isEmpty()).as(diags.toString()).isTrue();
        Example e = d.config();
        assertThat(e.sshHost()).isEqualTo("10.0.0.5");
        assertThat(e.sshPort()).isEqualTo(22);
        assertThat(e.sshTimeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(e.inline()).containsExactly("echo a", "echo 2");
        assertThat(e.env()).containsExactly(Map.entry("A", "1"), Map.entry("B", "2"));
        assertThat(e.headless()).isTrue();
        assertThat(e.mount()).containsExactly(new Mount("/data", null), new Mount("/logs", true));
        assertThat(d.unknownFields()).isEmpty();
    }

    @Test
    void unexpectedArgumentIsAnErrorWithASuggestion() {
        decode("ssh_host = \"h\"\nssh_prot = 2222\n");
        Diagnostic d = diags.asList().get(0);
        assertThat(d.summary()).isEqualTo("Unsupported argument");
        assertThat(d.detail()).contains("\"ssh_prot\"").contains("Did you mean \"ssh_port\"?");
        assertThat(d.subject().start().line()).isEqualTo(2);
    }

    @Test
    void missingRequiredArgument() {
        Decoded<Example> d = decode("ssh_port = 2\n");
        assertThat(d.config()).isNull();
        assertThat(diags.asList()).extracting(Diagnostic::summary).containsExactly("Missing required argument");
    }

    @Test
    void wrongTypeNamesTheAttributeAndPointsAtTheValue() {
        decode("ssh_host = \"h\"\nssh_port = \"twenty\"\n");
        Diagnostic d = diags.asList().get(0);
        assertThat(d.summary()).isEqualTo("Incorrect attribute value type");
        assertThat(d.detail()).startsWith("Inappropriate value for attribute \"ssh_port\": a number is required");
        assertThat(d.subject().start().line()).isEqualTo(2);
        assertThat(d.subject().start().column()).isEqualTo(12);
    }

    @Test
    void fractionForAnIntegerAndBadDurationAreReported() {
        decode("ssh_host = \"h\"\nssh_port = 1.5\nssh_timeout = \"5 minutes\"\n");
        assertThat(diags.asList()).extracting(Diagnostic::detail).containsExactly(
                "Inappropriate value for attribute \"ssh_port\": a whole number is required.",
                "Inappropriate value for attribute \"ssh_timeout\": time: unknown unit \" minutes\" in duration"
                        + " \"5 minutes\".");
    }

    @Test
    void unknownValuesKeepTheDefaultAndAreListed() {
        EvalContext ctx = EvalContext.of(Map.of("build", Value.object(Map.of("Port", Value.unknown(Type.NUMBER)))),
                Map.of());
        Decoded<Example> d = decode("ssh_host = \"h\"\nssh_port = build.Port\n", ctx);
        assertThat(diags.isEmpty()).as(diags.toString()).isTrue();
        assertThat(d.config().sshPort()).isEqualTo(22);
        assertThat(d.unknownFields()).containsExactly("ssh_port");
    }

    @Test
    void sensitiveValuesAndSensitiveFieldsBecomeSecrets() {
        EvalContext ctx = EvalContext.of(Map.of("var", Value.object(Map.of(
                "token", Value.string("s3cr3t").mark(Mark.SENSITIVE)))), Map.of());
        Decoded<Example> d = decode("""
                ssh_host     = "h"
                ssh_password = "plain-but-declared-secret"
                env          = { TOKEN = "x-${var.token}" }
                """, ctx);
        assertThat(diags.isEmpty()).as(diags.toString()).isTrue();
        assertThat(d.secrets()).containsExactlyInAnyOrder("plain-but-declared-secret", "x-s3cr3t");
        assertThat(d.config().env()).containsEntry("TOKEN", "x-s3cr3t");
    }

    @Test
    void validationRulesPointAtTheField() {
        decode("ssh_host = \"h\"\nssh_port = 70000\n");
        Diagnostic d = diags.asList().get(0);
        assertThat(d.summary()).isEqualTo("Invalid port");
        assertThat(d.subject().start().line()).isEqualTo(2);

        Diagnostics second = new Diagnostics();
        ParseResult parsed = HclParser.parseFile(
                "ssh_host = \"h\"\nssh_password = \"p\"\ninline = [\"x\"]\n".getBytes(StandardCharsets.UTF_8), "t");
        ConfigDecoder.decode(ConfigSchema.of(Example.class), parsed.body(), EvalContext.empty(), second);
        assertThat(second.asList()).extracting(Diagnostic::summary).containsExactly("Conflicting configuration arguments");
        assertThat(second.asList().get(0).subject().start().line()).isEqualTo(3);
    }

    @Test
    void nestedBlockErrorsAreReportedToo() {
        Decoded<Example> d = decode("ssh_host = \"h\"\nmount {\n  read_only = true\n}\n");
        assertThat(d.config()).isNull();
        assertThat(diags.asList()).extracting(Diagnostic::summary).containsExactly("Missing required argument");
    }
}
