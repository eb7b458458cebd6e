package io.jenkins.plugins.packer.engine.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.function.lib.PackerFunctions;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateParserTest {

    @TempDir
    Path dir;

    private final Diagnostics diags = new Diagnostics();
    private Map<String, String> env = new HashMap<>();
    private List<Path> varFiles = List.of();
    private Map<String, String> vars = Map.of();

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }

    private Template load() {
        TemplateRequest r = new TemplateRequest(dir, varFiles, vars, env, dir, MockComponents.registry(),
                PackerFunctions.table(new PackerFunctions.Options(dir, Instant.EPOCH)), "1.16.0", true);
        return TemplateParser.parse(r, diags).template();
    }

    private static final String FRUIT = """
            variable "fruit" {
              type    = string
              default = "default"
            }
            source "null" "x" { communicator = "none" }
            build { sources = ["source.null.x"] }
            """;

    private String fruit(Template t) {
        return t.variableValues().get("fruit").unmark().asString();
    }

    @Test
    void variablePrecedenceIsDefaultEnvAutoHclAutoJsonVarFilesThenVars() throws IOException {
        write("t.pkr.hcl", FRUIT);
        assertThat(fruit(load())).isEqualTo("default");
        env.put("PKR_VAR_fruit", "env");
        assertThat(fruit(load())).isEqualTo("env");
        write("a.auto.pkrvars.hcl", "fruit = \"auto-hcl\"\n");
        assertThat(fruit(load())).isEqualTo("auto-hcl");
        write("b.auto.pkrvars.json", "{\"fruit\": \"auto-json\"}");
        assertThat(fruit(load())).isEqualTo("auto-json");
        Path one = dir.resolve("one.hcl");
        Path two = dir.resolve("two.json");
        Files.writeString(one, "fruit = \"file-one\"\n");
        Files.writeString(two, "{\"fruit\": \"file-two\"}");
        varFiles = List.of(two, one);
        assertThat(fruit(load())).isEqualTo("file-one");
        vars = Map.of("fruit", "cmd");
        assertThat(fruit(load())).isEqualTo("cmd");
        assertThat(diags.hasErrors()).as(diags.toString()).isFalse();
    }

    @Test
    void commandLineValuesAreLiteralForStringsAndExpressionsOtherwise() throws IOException {
        write("t.pkr.hcl", """
                variable "s" { type = string }
                variable "n" { type = number }
                variable "l" { type = list(string) }
                variable "any" {}
                """);
        // Packer's expressionFromVariableDefinition: string, number and untyped (any) take the text literally
        vars = Map.of("s", "[1, 2]", "n", "42", "l", "[\"a\", \"b\"]", "any", "\"quoted\"");
        Template t = load();
        assertThat(diags.hasErrors()).as(diags.toString()).isFalse();
        assertThat(t.variableValues().get("s")).isEqualTo(Value.string("[1, 2]"));
        assertThat(t.variableValues().get("n")).isEqualTo(Value.number(42));
        assertThat(t.variableValues().get("l").elements()).containsExactly(Value.string("a"), Value.string("b"));
        assertThat(t.variableValues().get("any")).isEqualTo(Value.string("\"quoted\""));
        vars = Map.of("n", "40 + 2");
        load();
        assertThat(diags.hasErrors()).as("a number variable does not evaluate expressions").isTrue();
    }

    @Test
    void undeclaredNamesErrOnTheCommandLineAndWarnInVarFiles() throws IOException {
        write("t.pkr.hcl", FRUIT);
        write("x.auto.pkrvars.hcl", "unused = \"u\"\n");
        vars = Map.of("nosuch", "1");
        load();
        assertThat(diags.asList()).extracting(Diagnostic::summary)
                .contains("Undefined -var variable", "Undefined variable");
        Diagnostic warning = diags.asList().stream().filter(d -> d.summary().equals("Undefined variable"))
                .findFirst().orElseThrow();
        assertThat(warning.isError()).isFalse();
        assertThat(warning.detail()).startsWith("The variable \"unused\" was set but was not declared");
    }

    @Test
    void typeErrorsNameTheSourceOfTheValue() throws IOException {
        write("t.pkr.hcl", "variable \"n\" {\n  type = number\n  default = \"x\"\n}\n");
        load();
        assertThat(diags.asList()).extracting(Diagnostic::summary).contains("Invalid default value for variable");
        assertThat(diags.asList().get(0).subject().start().line()).isEqualTo(3);
    }

    @Test
    void validationRulesRunOnTheFinalValue() throws IOException {
        write("t.pkr.hcl", """
                variable "size" {
                  type = number
                  default = 10
                  validation {
                    condition     = var.size >= 20
                    error_message = "The size must be at least 20."
                  }
                }
                """);
        load();
        Diagnostic d = diags.asList().get(0);
        assertThat(d.summary()).isEqualTo("Invalid value for default variable");
        assertThat(d.detail()).startsWith("The size must be at least 20.\n\nThis was checked by the validation rule at ");
        Diagnostics again = new Diagnostics();
        vars = Map.of("size", "25");
        TemplateRequest r = new TemplateRequest(dir, List.of(), vars, Map.of(), dir, MockComponents.registry(),
                Map.of(), "1.16.0", true);
        TemplateParser.parse(r, again);
        assertThat(again.hasErrors()).as(again.toString()).isFalse();
    }

    @Test
    void sensitiveVariablesAreMarkedIncludingThoseTheJenkinsPluginNames() throws IOException {
        write("t.pkr.hcl", """
                variable "token" {
                  sensitive = true
                  default   = "s3cr3t"
                }
                variable "password" { default = "hunter2" }
                variable "plain" { default = "visible" }
                locals { joined = "${var.password}-suffix" }
                """);
        env.put("JPACKER_SENSITIVE_VARIABLES", "password, other");
        Template t = load();
        assertThat(t.variableValues().get("token").isSensitive()).isTrue();
        assertThat(t.variableValues().get("password").isSensitive()).isTrue();
        assertThat(t.variableValues().get("plain").isSensitive()).isFalse();
        assertThat(t.localValues().get("joined").isSensitive()).isTrue();
    }

    @Test
    void localsEvaluateInDependencyOrderAndCyclesAreErrors() throws IOException {
        write("t.pkr.hcl", """
                locals {
                  c = "${local.b}-c"
                  a = "a"
                  b = "${local.a}-b"
                }
                local "secret" {
                  expression = "${local.c}!"
                  sensitive  = true
                }
                """);
        Template t = load();
        assertThat(diags.hasErrors()).as(diags.toString()).isFalse();
        assertThat(t.localValues().get("c")).isEqualTo(Value.string("a-b-c"));
        assertThat(t.localValues().get("secret").isSensitive()).isTrue();

        write("t.pkr.hcl", "locals {\n  x = local.y\n  y = local.x\n}\n");
        Diagnostics cyc = new Diagnostics();
        TemplateParser.parse(new TemplateRequest(dir, List.of(), Map.of(), Map.of(), dir, MockComponents.registry(),
                Map.of(), "1.16.0", true), cyc);
        assertThat(cyc.asList()).extracting(Diagnostic::summary).contains("Cyclic dependency between locals");
    }

    @Test
    void requiredVersionIsCheckedFirstAgainstThePackerVersionFollowed() throws IOException {
        write("t.pkr.hcl", "packer {\n  required_version = \">= 99.0\"\n}\nnot_a_block {}\n");
        assertThat(load()).isNull();
        assertThat(diags.asList()).extracting(Diagnostic::summary).containsExactly("Unsupported Packer Core version");
    }

    @Test
    void requiredPluginsMustBeProvided() throws IOException {
        write("t.pkr.hcl", """
                packer {
                  required_plugins {
                    amazon = { source = "github.com/hashicorp/amazon", version = ">= 1" }
                    qemu   = { source = "github.com/hashicorp/qemu", version = ">= 1" }
                  }
                }
                """);
        load();
        assertThat(diags.asList()).extracting(Diagnostic::summary)
                .containsExactly("Plugin not provided: github.com/hashicorp/qemu");
        assertThat(diags.asList().get(0).detail()).contains("github.com/hashicorp/amazon");
    }

    @Test
    void buildsNameSourcesAndKeepProvisionerOrder() throws IOException {
        write("t.pkr.hcl", """
                source "null" "a" { communicator = "none" }
                build {
                  name    = "b"
                  sources = ["source.null.a"]
                  source "null.a" {
                    name = "renamed"
                  }
                  provisioner "shell" { string = "1" }
                  provisioner "file" { string = "2" }
                  provisioner "shell" {
                    only = ["null.renamed"]
                    string = "3"
                  }
                  post-processor "manifest" {}
                  post-processors {
                    post-processor "manifest" {}
                    post-processor "amazon-import" {}
                  }
                }
                """);
        Template t = load();
        assertThat(diags.hasErrors()).as(diags.toString()).isFalse();
        BuildBlock b = t.builds().get(0);
        assertThat(b.sources()).extracting(b::buildName).containsExactly("b.null.a", "b.null.renamed");
        assertThat(b.provisioners()).extracting(ProvisionerBlock::type).containsExactly("shell", "file", "shell");
        assertThat(b.provisioners().get(2).appliesTo("null.a")).isFalse();
        assertThat(b.provisioners().get(2).appliesTo("null.renamed")).isTrue();
        assertThat(b.postProcessors()).hasSize(2);
        assertThat(b.postProcessors().get(1)).extracting(PostProcessorBlock::type)
                .containsExactly("manifest", "amazon-import");
    }

    @Test
    void unknownSourceReferenceListsTheKnownOnes() throws IOException {
        write("t.pkr.hcl", """
                source "null" "chocolate" { communicator = "none" }
                build {
                  sources = ["source.null.cho"]
                }
                """);
        load();
        Diagnostic d = diags.asList().get(0);
        assertThat(d.summary()).isEqualTo("Unknown source null.cho");
        assertThat(d.detail()).isEqualTo("Known: [null.chocolate]");
        assertThat(d.subject().start().line()).isEqualTo(2);
    }

    @Test
    void pathAndPackerValuesAreKnown() throws IOException {
        write("t.pkr.hcl", "locals {\n  r = path.root\n  v = packer.version\n  u = upper(\"x\")\n}\n");
        Template t = load();
        assertThat(t.localValues().get("r").asString()).isEqualTo(dir.toString());
        assertThat(t.localValues().get("v").asString()).isEqualTo("1.16.0");
        assertThat(t.localValues().get("u").asString()).isEqualTo("X");
    }
}
