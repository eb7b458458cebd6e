package io.jenkins.plugins.packer.engine.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.builtin.BuiltinComponents;
import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.function.lib.PackerFunctions;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Locals and data sources evaluated as one graph (Packer's DAG), with the real {@code null} data source. */
class LocalsAndDataTest {

    @TempDir
    Path dir;

    private final Diagnostics diags = new Diagnostics();

    private Template load(String text, boolean execute) throws IOException {
        Files.writeString(dir.resolve("t.pkr.hcl"), text);
        TemplateRequest r = new TemplateRequest(dir, List.of(), Map.of(), Map.of(), dir, BuiltinComponents.registry(),
                PackerFunctions.table(new PackerFunctions.Options(dir, Instant.EPOCH)), "1.16.0", true, execute);
        return TemplateParser.parse(r, diags).template();
    }

    private static Value output(Template t, String name) {
        return t.context().variable("data").attributes().get("null").attributes().get(name).attributes().get("output");
    }

    @Test
    void dataSourcesAndLocalsDependOnEachOtherInAnyOrder() throws IOException {
        Template t = load("""
                data "null" "url" {
                  input = "${local.base}/images/${local.release}"
                }
                locals {
                  release = upper(data.null.release.output)
                  base    = "https://mirror.example"
                  final   = "${data.null.url.output}/SHA256SUMS"
                }
                data "null" "release" {
                  input = var.release
                }
                variable "release" {
                  default = "bookworm"
                }
                """, true);
        assertThat(diags.hasErrors()).as(diags.toString()).isFalse();
        assertThat(output(t, "url")).isEqualTo(Value.string("https://mirror.example/images/BOOKWORM"));
        assertThat(t.localValues().get("final"))
                .isEqualTo(Value.string("https://mirror.example/images/BOOKWORM/SHA256SUMS"));
    }

    @Test
    void withoutExecutingDataSourcesTheirOutputsAndTheLocalsUsingThemAreUnknown() throws IOException {
        Template t = load("""
                locals {
                  base  = "x"
                  final = "${data.null.url.output}/y"
                }
                data "null" "url" {
                  input = local.base
                }
                """, false);
        assertThat(diags.hasErrors()).as(diags.toString()).isFalse();
        assertThat(t.localValues().get("base")).isEqualTo(Value.string("x"));
        assertThat(t.localValues().get("final").isKnown()).isFalse();
    }

    @Test
    void aCycleThroughLocalsAndDataSourcesIsOneErrorNamingEveryNode() throws IOException {
        load("""
                locals {
                  a = data.null.b.output
                }
                data "null" "b" {
                  input = local.a
                }
                """, true);
        assertThat(diags.asList()).filteredOn(d -> d.summary().startsWith("Cyclic"))
                .extracting(Diagnostic::summary, Diagnostic::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Cyclic dependency between locals and data sources",
                        "The locals and data sources form a cycle: data.null.b -> local.a -> data.null.b."));
    }

    @Test
    void aCycleAmongDataSourcesOnly() throws IOException {
        load("""
                data "null" "a" {
                  input = data.null.b.output
                }
                data "null" "b" {
                  input = data.null.a.output
                }
                """, true);
        assertThat(diags.asList()).extracting(Diagnostic::summary)
                .containsOnlyOnce("Cyclic dependency between data sources");
    }
}
