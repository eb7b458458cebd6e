package io.jenkins.plugins.packer.engine.hcl.function.lib;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Expression;
import io.jenkins.plugins.packer.engine.hcl.Pos;
import io.jenkins.plugins.packer.engine.hcl.function.Function;
import io.jenkins.plugins.packer.engine.hcl.syntax.HclParser;
import io.jenkins.plugins.packer.engine.hcl.value.Mark;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import io.jenkins.plugins.packer.engine.hcl.value.ValueFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code templatefile} through the evaluator, with the cases of Packer's own templatefile test (same files,
 * same expected values and error texts) and the examples of its documentation. Packer 1.6.6 has no
 * templatefile, so these expectations come from Packer's source tests and docs, not from packer console.
 */
class TemplateFileFunctionTest {

    @TempDir
    Path dir;
    private EvalContext ctx;

    @BeforeEach
    void files() throws IOException {
        write("testdata/hello.txt", "Hello World");
        Files.write(dir.resolve("testdata/icon.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) 0xff});
        write("testdata/hello.tmpl", "Hello, ${name}!");
        write("testdata/func.tmpl", "The items are ${join(\", \", list)}");
        write("testdata/recursive.tmpl", "${templatefile(\"recursive.tmpl\", {})}");
        write("testdata/list.tmpl", "%{ for x in list ~}\n- ${x}\n%{ endfor ~}\n");
        write("testdata/bare.tmpl", "${val}");
        write("testdata/bad.tmpl", "${");
        write("backends.tpl", "%{ for addr in ip_addrs ~}\nbackend ${addr}:${port}\n%{ endfor ~}\n");
        write("config.tmpl", "%{ for config_key, config_value in config }\nset ${config_key} = ${config_value}\n"
                + "%{ endfor ~}\n");
        write("json.tmpl", "${jsonencode({\n  \"backends\": [for addr in ip_addrs : \"${addr}:${port}\"],\n})}");
        Map<String, Function> table = PackerFunctions.table(new PackerFunctions.Options(dir, Instant.EPOCH));
        ctx = EvalContext.of(Map.of("var", Value.object(Map.of(
                "secret", Value.string("s3cr3t").mark(Mark.SENSITIVE),
                "later", Value.unknown(Type.STRING)))), table);
    }

    private void write(String rel, String text) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private record Result(Value value, Diagnostics diags) {
        String error() {
            assertThat(diags.hasErrors()).as("expected an error, got %s", value).isTrue();
            Diagnostic d = diags.asList().get(0);
            return d.summary() + " | " + d.detail();
        }
    }

    private Result eval(String src) {
        Diagnostics diags = new Diagnostics();
        Expression e = HclParser.parseExpression(src.getBytes(StandardCharsets.UTF_8), "<test>", Pos.START, diags);
        assertThat(diags.hasErrors()).as("parse %s: %s", src, diags).isFalse();
        return new Result(e.value(ctx, diags), diags);
    }

    private Value value(String src) {
        Result r = eval(src);
        assertThat(r.diags.hasErrors()).as("%s: %s", src, r.diags).isFalse();
        return r.value;
    }

    @Test
    void rendersFilesWithTheGivenVariables() {
        assertThat(value("templatefile(\"testdata/hello.txt\", {})")).isEqualTo(Value.string("Hello World"));
        assertThat(value("templatefile(\"testdata/hello.tmpl\", {name = \"Jimbo\"})"))
                .isEqualTo(Value.string("Hello, Jimbo!"));
        assertThat(value("templatefile(\"testdata/hello.tmpl\", tomap({name = \"Jodie\"}))"))
                .isEqualTo(Value.string("Hello, Jodie!"));
        assertThat(value("templatefile(\"testdata/func.tmpl\", {list = [\"a\", \"b\", \"c\"]})"))
                .isEqualTo(Value.string("The items are a, b, c"));
        assertThat(value("templatefile(\"testdata/list.tmpl\", {list = [\"a\", \"b\", \"c\"]})"))
                .isEqualTo(Value.string("- a\n- b\n- c\n"));
    }

    @Test
    void aSingleInterpolationKeepsItsType() {
        assertThat(value("templatefile(\"testdata/bare.tmpl\", {val = true})")).isEqualTo(Value.TRUE);
        assertThat(value("templatefile(\"testdata/bare.tmpl\", {val = [1, 2]})[1]")).isEqualTo(Value.number(2));
    }

    @Test
    void documentationExamples() {
        assertThat(ValueFormat.console(value(
                "templatefile(\"${path}/backends.tpl\", { port = 8080, ip_addrs = [\"10.0.0.1\", \"10.0.0.2\"] })"
                        .replace("${path}", dir.toString()))))
                .isEqualTo("backend 10.0.0.1:8080\nbackend 10.0.0.2:8080\n");
        // the docs show the lines without the blank ones the template's unstripped newlines make
        assertThat(value("templatefile(\"config.tmpl\", {config = {\"x\" = \"y\", \"foo\" = \"bar\", "
                + "\"key\" = \"value\"}})"))
                .isEqualTo(Value.string("\nset foo = bar\n\nset key = value\n\nset x = y\n"));
        assertThat(value("templatefile(\"json.tmpl\", { port = 8080, ip_addrs = [\"10.0.0.1\", \"10.0.0.2\"] })"))
                .isEqualTo(Value.string("{\"backends\":[\"10.0.0.1:8080\",\"10.0.0.2:8080\"]}"));
    }

    @Test
    void fileProblemsAreTheFileFunctionsErrors() {
        assertThat(eval("templatefile(\"testdata/icon.png\", {})").error()).isEqualTo("Error in function call | "
                + "Call to function \"templatefile\" failed: contents of testdata/icon.png are not valid UTF-8; use the "
                + "filebase64 function to obtain the Base64 encoded contents or the other file functions (e.g. "
                + "filemd5, filesha256) to obtain file hashing results instead.");
        assertThat(eval("templatefile(\"testdata/missing\", {})").error()).isEqualTo("Error in function call | "
                + "Call to function \"templatefile\" failed: no file exists at " + dir + "/testdata/missing.");
    }

    @Test
    void varsMustBeAMapWithIdentifierKeysCoveringEveryReference() {
        assertThat(eval("templatefile(\"testdata/hello.tmpl\", {\"name!\" = \"Jodie\"})").error())
                .isEqualTo("Invalid function argument | Invalid value for \"vars\" parameter: invalid template "
                        + "variable name \"name!\": must start with a letter, followed by zero or more letters, "
                        + "digits, and underscores.");
        assertThat(eval("templatefile(\"testdata/hello.tmpl\", {})").error())
                .isEqualTo("Invalid function argument | Invalid value for \"vars\" parameter: vars map does not "
                        + "contain key \"name\", referenced at testdata/hello.tmpl:1,10-14.");
        assertThat(eval("templatefile(\"testdata/hello.tmpl\", [\"name\"])").error())
                .isEqualTo("Invalid function argument | Invalid value for \"vars\" parameter: invalid vars value: "
                        + "must be a map.");
        assertThat(eval("templatefile(\"testdata/hello.tmpl\", null)").error())
                .isEqualTo("Invalid function argument | Invalid value for \"vars\" parameter: argument must not be "
                        + "null.");
    }

    @Test
    void templateErrorsFailTheCallWithHclsOneLineRendering() {
        assertThat(eval("templatefile(\"testdata/list.tmpl\", {list = true})").error())
                .isEqualTo("Error in function call | Call to function \"templatefile\" failed: "
                        + "testdata/list.tmpl:1,13-17: Iteration over non-iterable value; A value of type bool cannot "
                        + "be used as the collection in a 'for' expression..");
        assertThat(eval("templatefile(\"testdata/bad.tmpl\", {})").error())
                .startsWith("Error in function call | Call to function \"templatefile\" failed: testdata/bad.tmpl:1,");
    }

    @Test
    void cannotCallItselfFromATemplate() {
        assertThat(eval("templatefile(\"testdata/recursive.tmpl\", {})").error())
                .isEqualTo("Error in function call | Call to function \"templatefile\" failed: "
                        + "testdata/recursive.tmpl:1,3-16: Error in function call; Call to function \"templatefile\" "
                        + "failed: cannot recursively call templatefile from inside templatefile call..");
    }

    @Test
    void sensitiveVarsMakeASensitiveResult() {
        Value v = value("templatefile(\"testdata/hello.tmpl\", {name = var.secret})");
        assertThat(v.isSensitive()).isTrue();
        assertThat(v.unmark()).isEqualTo(Value.string("Hello, s3cr3t!"));
        assertThat(ValueFormat.console(v)).isEqualTo("<sensitive>");
    }

    @Test
    void unknownArgumentsMakeAnUnknownResult() {
        Value partly = value("templatefile(\"testdata/hello.tmpl\", {name = var.later})");
        assertThat(partly.isKnown()).isFalse();
        assertThat(partly.type()).isEqualTo(Type.STRING);
        Value path = value("templatefile(var.later, {})");
        assertThat(path.isKnown()).isFalse();
        assertThat(path.type()).isEqualTo(Type.DYNAMIC);
    }

    @Test
    void isInTheTableWithGoCtysParameters() {
        Function f = PackerFunctions.table(PackerFunctions.Options.defaults()).get("templatefile");
        assertThat(f.parameters()).extracting(p -> p.name()).isEqualTo(List.of("path", "vars"));
        assertThat(f.variadicParameter()).isNull();
    }
}
