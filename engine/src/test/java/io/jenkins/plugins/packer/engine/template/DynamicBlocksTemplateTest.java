package io.jenkins.plugins.packer.engine.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.component.ComponentKind;
import io.jenkins.plugins.packer.engine.component.ComponentRegistry;
import io.jenkins.plugins.packer.engine.component.ComponentType;
import io.jenkins.plugins.packer.engine.hcl.BodySchema;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import io.jenkins.plugins.packer.engine.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dynamic} blocks in templates: in-build sources, provisioners and nested blocks of component configs. */
class DynamicBlocksTemplateTest {

    record FileConfig(String target, String content) {
    }

    record ShellLocalConfig(List<String> inline) {
    }

    record NullConfig(String communicator) {
    }

    @TempDir
    Path dir;

    private static final ComponentRegistry COMPONENTS = new ComponentRegistry()
            .register(ComponentType.of(ComponentKind.BUILDER, "file", "", FileConfig.class))
            .register(ComponentType.of(ComponentKind.BUILDER, "null", "", NullConfig.class))
            .register(ComponentType.of(ComponentKind.PROVISIONER, "shell-local", "", ShellLocalConfig.class));

    private TemplateParser.Loaded load(Path path, Diagnostics diags) {
        return TemplateParser.parse(new TemplateRequest(path, List.of(), Map.of(), Map.of(), dir, COMPONENTS,
                Map.of(), "1.16.0", true), diags);
    }

    private static Value attr(io.jenkins.plugins.packer.engine.hcl.Body body, String name, EvalContext ctx,
            Diagnostics diags) {
        BodySchema schema = new BodySchema(List.of(new BodySchema.AttributeSchema(name, false)), List.of());
        return body.partialContent(schema, diags).content().attributes().get(name).expression().value(ctx, diags);
    }

    @Test
    void packerDynamicFixtureExpandsSourcesAndProvisioners() {
        Path fixture = Corpus.dir("packer-command").resolve("command/test-fixtures/hcl/dynamic/build.pkr.hcl");
        Diagnostics diags = new Diagnostics();
        Template t = load(fixture, diags).template();
        assertThat(diags.asList()).isEmpty();
        BuildBlock build = t.builds().get(0);
        assertThat(build.sources()).extracting(SourceUse::localRef).containsExactly("file.dummy", "file.postgres");
        SourceUse postgres = build.sources().get(1);
        assertThat(attr(postgres.extra(), "target", t.context(), diags)).isEqualTo(Value.string("postgres/13.txt"));

        assertThat(build.provisioners()).extracting(ProvisionerBlock::type).containsExactly("shell-local",
                "shell-local");
        EvalContext withSource = t.context().child(Map.of("source", Value.object(Map.of(
                "name", Value.string("dummy"), "type", Value.string("file")))));
        Value inline = attr(build.provisioners().get(0).config(), "inline", withSource, diags);
        assertThat(inline.elements()).containsExactly(Value.string("echo '' > dummy-baar.txt"));
        assertThat(diags.asList()).isEmpty();
    }

    @Test
    void nestedDynamicBlockInASourceBodyAndErrorsWithPositions() throws IOException {
        Path f = dir.resolve("t.pkr.hcl");
        Files.writeString(f, """
                locals {
                  tags = { a = "1", b = "2" }
                }
                source "null" "n" {
                  communicator = "none"
                  dynamic "tag" {
                    for_each = local.tags
                    content {
                      key   = tag.key
                      value = tag.value
                    }
                  }
                }
                build {
                  sources = ["source.null.n"]
                  dynamic "provisioner" {
                    for_each = "not a collection"
                    labels   = ["shell-local"]
                    content {}
                  }
                }
                """);
        Diagnostics diags = new Diagnostics();
        Template t = load(f, diags).template();
        assertThat(diags.asList()).singleElement().satisfies(d -> {
            assertThat(d.summary()).isEqualTo("Invalid dynamic for_each value");
            assertThat(d.subject().toString()).isEqualTo(f + ":17,16-34");
        });
        SourceBlock source = t.sources().get("null.n");
        Diagnostics d2 = new Diagnostics();
        var tags = source.body().partialContent(new BodySchema(List.of(),
                List.of(new BodySchema.BlockHeaderSchema("tag", List.of()))), d2).content().blocks();
        assertThat(tags).hasSize(2);
        assertThat(attr(tags.get(1).body(), "value", EvalContext.empty(), d2)).isEqualTo(Value.string("2"));
        assertThat(d2.asList()).isEmpty();
    }
}
