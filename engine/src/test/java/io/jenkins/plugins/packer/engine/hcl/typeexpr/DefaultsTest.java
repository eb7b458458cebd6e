package io.jenkins.plugins.packer.engine.hcl.typeexpr;

import static io.jenkins.plugins.packer.engine.hcl.typeexpr.FakeExpression.call;
import static io.jenkins.plugins.packer.engine.hcl.typeexpr.FakeExpression.kw;
import static io.jenkins.plugins.packer.engine.hcl.typeexpr.FakeExpression.literal;
import static io.jenkins.plugins.packer.engine.hcl.typeexpr.FakeExpression.object;
import static io.jenkins.plugins.packer.engine.hcl.typeexpr.FakeExpression.tuple;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.Expression;
import io.jenkins.plugins.packer.engine.hcl.value.Convert;
import io.jenkins.plugins.packer.engine.hcl.value.Mark;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** optional(T, default) in type constraints and applying the defaults (hcl typeexpr.Defaults). */
class DefaultsTest {

    /** object({name = string, size = optional(number, 10), tags = optional(list(string), ["a"])}). */
    private static Expression diskType() {
        return call("object", object(
                kw("name"), kw("string"),
                kw("size"), call("optional", kw("number"), literal(Value.string("10"))),
                kw("tags"), call("optional", call("list", kw("string")), literal(Value.tuple(List.of(Value.string("a")))))));
    }

    private static TypeConstraintWithDefaults parse(Expression e) {
        Diagnostics diags = new Diagnostics();
        TypeConstraintWithDefaults t = TypeConstraint.parseWithDefaults(e, diags);
        assertThat(diags.asList()).isEmpty();
        return t;
    }

    @Test
    void parsesDefaultsConvertedToTheAttributeType() {
        TypeConstraintWithDefaults t = parse(diskType());
        assertThat(t.type()).isEqualTo(new Type.ObjectType(
                Map.of("name", Type.STRING, "size", Type.NUMBER, "tags", Type.list(Type.STRING)), Set.of("size", "tags")));
        assertThat(t.hasDefaults()).isTrue();
        assertThat(t.defaults().defaultValues()).containsEntry("size", Value.number(10))
                .containsEntry("tags", Value.list(Type.STRING, List.of(Value.string("a"))));
        assertThat(parse(kw("string")).hasDefaults()).isFalse();
    }

    @Test
    void appliesDefaultsBeforeConversion() throws Exception {
        TypeConstraintWithDefaults t = parse(diskType());
        Value given = Value.object(Map.of("name", Value.string("d"), "size", Value.NULL));
        Value converted = Convert.convert(Defaults.apply(given, t), t.type());
        assertThat(converted.attributes()).containsEntry("size", Value.number(10))
                .containsEntry("tags", Value.list(Type.STRING, List.of(Value.string("a"))))
                .containsEntry("name", Value.string("d"));
    }

    @Test
    void appliesDefaultsAfterConversion() throws Exception {
        TypeConstraintWithDefaults t = parse(diskType());
        Value converted = Convert.convert(Value.object(Map.of("name", Value.string("d"), "size", Value.number(5))),
                t.type());
        assertThat(converted.attributes().get("tags").isNull()).isTrue();
        Value filled = Defaults.apply(converted, t);
        assertThat(filled.attributes()).containsEntry("size", Value.number(5))
                .containsEntry("tags", Value.list(Type.STRING, List.of(Value.string("a"))));
    }

    @Test
    void nestedDefaultsInCollections() throws Exception {
        Expression e = call("list", call("object", object(
                kw("a"), call("optional", kw("bool"), literal(Value.TRUE)))));
        TypeConstraintWithDefaults t = parse(e);
        Value given = Value.tuple(List.of(Value.EMPTY_OBJECT, Value.object(Map.of("a", Value.FALSE))));
        Value result = Convert.convert(Defaults.apply(given, t), t.type());
        assertThat(result).isEqualTo(Value.list(Type.object(Map.of("a", Type.BOOL)), List.of(
                Value.object(Map.of("a", Value.TRUE)), Value.object(Map.of("a", Value.FALSE)))));
    }

    @Test
    void tupleChildrenByIndex() throws Exception {
        Expression e = call("tuple", tuple(kw("string"), call("object", object(
                kw("x"), call("optional", kw("number"), literal(Value.number(1)))))));
        TypeConstraintWithDefaults t = parse(e);
        Value given = Value.tuple(List.of(Value.string("s"), Value.EMPTY_OBJECT));
        Value result = Convert.convert(Defaults.apply(given, t), t.type());
        assertThat(result.elements().get(1)).isEqualTo(Value.object(Map.of("x", Value.number(1))));
    }

    @Test
    void nullUnknownAndMarkedValues() {
        TypeConstraintWithDefaults t = parse(diskType());
        assertThat(Defaults.apply(Value.NULL, t)).isEqualTo(Value.NULL);
        assertThat(Defaults.apply(Value.DYNAMIC, t)).isEqualTo(Value.DYNAMIC);
        Value marked = Value.object(Map.of("name", Value.string("d"))).mark(Mark.SENSITIVE);
        Value filled = Defaults.apply(marked, t);
        assertThat(filled.isSensitive()).isTrue();
        assertThat(filled.attributes()).containsEntry("size", Value.number(10));
    }

    @Test
    void badDefaultIsReported() {
        Expression e = call("object", object(kw("n"), call("optional", kw("number"), literal(Value.string("x")))));
        Diagnostics diags = new Diagnostics();
        TypeConstraintWithDefaults t = TypeConstraint.parseWithDefaults(e, diags);
        assertThat(diags.asList()).singleElement().satisfies(d -> {
            assertThat(d.summary()).isEqualTo("Invalid default value for optional attribute");
            assertThat(d.detail()).isEqualTo(
                    "This default value is not compatible with the attribute's type constraint: a number is required.");
        });
        assertThat(t.hasDefaults()).isFalse();
    }

    @Test
    void tooManyOptionalArguments() {
        Expression e = call("object", object(kw("n"), call("optional", kw("number"), literal(Value.number(1)),
                literal(Value.number(2)))));
        Diagnostics diags = new Diagnostics();
        TypeConstraint.parseWithDefaults(e, diags);
        assertThat(diags.asList()).singleElement().satisfies(d -> assertThat(d.detail()).isEqualTo(
                "Optional attribute modifier expects at most two arguments: the attribute type, and a default value."));
    }
}
