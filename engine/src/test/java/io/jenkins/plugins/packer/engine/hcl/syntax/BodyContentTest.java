package io.jenkins.plugins.packer.engine.hcl.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.hcl.Attribute;
import io.jenkins.plugins.packer.engine.hcl.Block;
import io.jenkins.plugins.packer.engine.hcl.Body;
import io.jenkins.plugins.packer.engine.hcl.BodyContent;
import io.jenkins.plugins.packer.engine.hcl.BodySchema;
import io.jenkins.plugins.packer.engine.hcl.BodySchema.AttributeSchema;
import io.jenkins.plugins.packer.engine.hcl.BodySchema.BlockHeaderSchema;
import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** content / partialContent / justAttributes with hashicorp/hcl's decoding diagnostics. */
class BodyContentTest {

    private static final BodySchema SCHEMA = new BodySchema(
            List.of(new AttributeSchema("name", true), new AttributeSchema("count", false)),
            List.of(new BlockHeaderSchema("source", List.of("type", "name")),
                    new BlockHeaderSchema("build", List.of())));

    private static Body body(String src) {
        ParseResult r = Hcl.file(src);
        assertThat(r.diags().asList()).isEmpty();
        return r.body();
    }

    @Test
    void contentInSourceOrder() {
        Body b = body("count = 2\nsource \"a\" \"x\" {\n}\nname = \"n\"\nbuild {\n}\nsource \"b\" \"y\" {\n}\n");
        Diagnostics d = new Diagnostics();
        BodyContent c = b.content(SCHEMA, d);
        assertThat(d.asList()).isEmpty();
        assertThat(c.attributes().keySet()).containsExactly("count", "name");
        assertThat(c.blocks()).extracting(Block::type).containsExactly("source", "build", "source");
        assertThat(c.blocksOfType("source")).extracting(bl -> bl.labels().get(1)).containsExactly("x", "y");
        Block first = c.blocks().get(0);
        assertThat(first.defRange().start().column()).isEqualTo(1);
        assertThat(first.defRange().end().column()).isEqualTo(15);
        assertThat(first.typeRange().end().column()).isEqualTo(7);
        assertThat(c.missingItemRange().start().line()).isEqualTo(1);
    }

    @Test
    void unsupportedArgumentsAndBlocksWithSuggestions() {
        Body b = body("nme = 1\nname = 2\nbuild = 3\nsorce \"a\" \"b\" {\n}\ncount {\n}\nzzz {\n}\n");
        Diagnostics d = new Diagnostics();
        b.content(SCHEMA, d);
        assertThat(Hcl.brief(d)).containsExactly("Unsupported argument@1,1-1,4", "Unsupported argument@3,1-3,6",
                "Unsupported block type@4,1-4,6", "Unsupported block type@6,1-6,6", "Unsupported block type@8,1-8,4");
        assertThat(d.asList()).extracting(Diagnostic::detail).containsExactly(
                "An argument named \"nme\" is not expected here.",
                "An argument named \"build\" is not expected here. Did you mean to define a block of type \"build\"?",
                "Blocks of type \"sorce\" are not expected here. Did you mean \"source\"?",
                "Blocks of type \"count\" are not expected here. Did you mean to define argument \"count\"? If so, use "
                        + "the equals sign to assign it a value.",
                "Blocks of type \"zzz\" are not expected here.");
    }

    @Test
    void suggestionSkipsArgumentsAlreadySet() {
        Body b = body("name = 1\nnam = 2\ncont = 3\n");
        Diagnostics d = new Diagnostics();
        b.content(SCHEMA, d);
        assertThat(d.asList()).extracting(Diagnostic::detail).containsExactly(
                "An argument named \"nam\" is not expected here.",
                "An argument named \"cont\" is not expected here. Did you mean \"count\"?");
    }

    /** hcl specsuite structure/attributes/unexpected. */
    @Test
    void unexpectedAttributeAsTheSpecSuite() {
        Body b = body("a = \"a value\"\nb = \"b value\"\nc = \"c value\"\nd = \"d value\"\n");
        Diagnostics d = new Diagnostics();
        b.content(new BodySchema(List.of(new AttributeSchema("a", false), new AttributeSchema("b", false),
                new AttributeSchema("d", false)), List.of()), d);
        assertThat(d.asList()).hasSize(1);
        assertThat(d.asList().get(0).subject().start().byteOffset()).isEqualTo(28);
        assertThat(d.asList().get(0).subject().end().byteOffset()).isEqualTo(29);
    }

    @Test
    void missingRequiredArgument() {
        Body b = body("\n\ncount = 1\n");
        Diagnostics d = new Diagnostics();
        b.content(SCHEMA, d);
        assertThat(Hcl.brief(d)).containsExactly("Missing required argument@1,1-1,1");
        assertThat(d.asList().get(0).detail())
                .isEqualTo("The argument \"name\" is required, but no definition was found.");
    }

    @Test
    void missingRequiredArgumentInABlockPointsAtItsBrace() {
        Body file = body("source \"a\" \"b\" {\n  count = 1\n}\n");
        Block block = file.content(SCHEMA, new Diagnostics()).blocks().get(0);
        Diagnostics d = new Diagnostics();
        block.body().content(SCHEMA, d);
        assertThat(Hcl.brief(d)).containsExactly("Missing required argument@1,16-1,16");
    }

    @Test
    void labelCountErrors() {
        Body b = body("name = 1\nsource \"a\" {\n}\nsource {\n}\nbuild \"x\" {\n}\nsource \"a\" \"b\" \"c\" {\n}\n");
        Diagnostics d = new Diagnostics();
        BodyContent c = b.content(SCHEMA, d);
        assertThat(c.blocks()).isEmpty();
        assertThat(Hcl.brief(d)).containsExactly("Missing name for source@2,12-2,13",
                "Missing type for source@4,8-4,9", "Extraneous label for build@6,7-6,10",
                "Extraneous label for source@8,16-8,19");
        assertThat(d.asList()).extracting(Diagnostic::detail).containsExactly(
                "All source blocks must have 2 labels (type, name).",
                "All source blocks must have 2 labels (type, name).",
                "No labels are expected for build blocks.",
                "Only 2 labels (type, name) are expected for source blocks.");
        assertThat(d.asList().get(0).context().start().column()).isEqualTo(1);
    }

    @Test
    void partialContentLeavesTheRestForLater() {
        Body b = body("name = 1\nextra = 2\nbuild {\n}\nprovisioner \"shell\" {\n}\n");
        Diagnostics d = new Diagnostics();
        Body.PartialContent p = b.partialContent(new BodySchema(List.of(new AttributeSchema("name", true)),
                List.of(new BlockHeaderSchema("build", List.of()))), d);
        assertThat(d.asList()).isEmpty();
        assertThat(p.content().attributes()).containsOnlyKeys("name");
        assertThat(p.content().blocks()).extracting(Block::type).containsExactly("build");
        BodyContent rest = p.remain().content(new BodySchema(List.of(new AttributeSchema("extra", false)),
                List.of(new BlockHeaderSchema("provisioner", List.of("type")))), d);
        assertThat(d.asList()).isEmpty();
        assertThat(rest.attributes()).containsOnlyKeys("extra");
        assertThat(rest.blocks()).extracting(Block::type).containsExactly("provisioner");
        Diagnostics d2 = new Diagnostics();
        p.remain().content(new BodySchema(List.of(new AttributeSchema("name", true)), List.of()), d2);
        assertThat(d2.asList()).extracting(Diagnostic::summary).containsExactly("Missing required argument",
                "Unsupported argument", "Unsupported block type");
    }

    @Test
    void justAttributes() {
        Body b = body("b = 1\na = 2\n");
        Diagnostics d = new Diagnostics();
        Map<String, Attribute> attrs = b.justAttributes(d);
        assertThat(d.asList()).isEmpty();
        assertThat(attrs.keySet()).containsExactly("b", "a");
        Attribute a = attrs.get("a");
        assertThat(a.nameRange().start().line()).isEqualTo(2);
        assertThat(a.range().end().column()).isEqualTo(6);
        Diagnostics d2 = new Diagnostics();
        body("a = 1\nblk {\n}\nother {\n}\n").justAttributes(d2);
        assertThat(Hcl.brief(d2)).containsExactly("Unexpected \"blk\" block@2,1-2,4");
        assertThat(d2.asList().get(0).detail()).isEqualTo("Blocks are not allowed here.");
    }
}
