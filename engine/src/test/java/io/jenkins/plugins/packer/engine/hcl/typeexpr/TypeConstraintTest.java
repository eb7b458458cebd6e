package io.jenkins.plugins.packer.engine.hcl.typeexpr;

import static io.jenkins.plugins.packer.engine.hcl.typeexpr.FakeExpression.call;
import static io.jenkins.plugins.packer.engine.hcl.typeexpr.FakeExpression.kw;
import static io.jenkins.plugins.packer.engine.hcl.typeexpr.FakeExpression.literal;
import static io.jenkins.plugins.packer.engine.hcl.typeexpr.FakeExpression.object;
import static io.jenkins.plugins.packer.engine.hcl.typeexpr.FakeExpression.tuple;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.Expression;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Type expressions as hcl's ext/typeexpr reads them, with its diagnostics. */
class TypeConstraintTest {

    private static Type parse(Expression e) {
        Diagnostics diags = new Diagnostics();
        Type t = TypeConstraint.parse(e, diags);
        assertThat(diags.asList()).isEmpty();
        return t;
    }

    private static Diagnostic onlyError(Expression e, boolean exact) {
        Diagnostics diags = new Diagnostics();
        Type t = exact ? TypeConstraint.parseExact(e, diags) : TypeConstraint.parse(e, diags);
        assertThat(diags.asList()).hasSize(1);
        Diagnostic d = diags.asList().get(0);
        assertThat(d.isError()).isTrue();
        return d;
    }

    private static String error(Expression e) {
        Diagnostic d = onlyError(e, false);
        assertThat(d.summary()).isEqualTo("Invalid type specification");
        return d.detail();
    }

    @Test
    void keywordsAndConstructors() {
        assertThat(parse(kw("string"))).isEqualTo(Type.STRING);
        assertThat(parse(kw("number"))).isEqualTo(Type.NUMBER);
        assertThat(parse(kw("bool"))).isEqualTo(Type.BOOL);
        assertThat(parse(kw("any"))).isEqualTo(Type.DYNAMIC);
        assertThat(parse(call("list", kw("string")))).isEqualTo(Type.list(Type.STRING));
        assertThat(parse(call("set", call("map", kw("any"))))).isEqualTo(Type.set(Type.map(Type.DYNAMIC)));
        assertThat(parse(call("tuple", tuple(kw("string"), kw("bool")))))
                .isEqualTo(Type.tuple(List.of(Type.STRING, Type.BOOL)));
        assertThat(parse(call("tuple", tuple()))).isEqualTo(Type.EMPTY_TUPLE);
        assertThat(parse(call("object", object(kw("a"), kw("number"), kw("b"), call("list", kw("bool"))))))
                .isEqualTo(Type.object(Map.of("a", Type.NUMBER, "b", Type.list(Type.BOOL))));
    }

    @Test
    void optionalAttributes() {
        Type t = parse(call("object", object(kw("a"), call("optional", kw("number")), kw("b"), kw("string"))));
        assertThat(t).isEqualTo(new Type.ObjectType(Map.of("a", Type.NUMBER, "b", Type.STRING), Set.of("a")));
    }

    @Test
    void keywordErrors() {
        assertThat(error(kw("strin"))).isEqualTo("The keyword \"strin\" is not a valid type specification.");
        assertThat(error(kw("list")))
                .isEqualTo("The list type constructor requires one argument specifying the element type.");
        assertThat(error(kw("object"))).isEqualTo(
                "The object type constructor requires one argument specifying the attribute types and values as a map.");
        assertThat(error(kw("tuple")))
                .isEqualTo("The tuple type constructor requires one argument specifying the element types as a list.");
        assertThat(onlyError(kw("any"), true).detail())
                .isEqualTo("The keyword \"any\" cannot be used in this type specification: an exact type is required.");
        assertThat(error(literal(Value.string("string")))).isEqualTo("A type specification is either a primitive type "
                + "keyword (bool, number, string) or a complex type constructor call, like list(string).");
    }

    @Test
    void callErrors() {
        assertThat(error(call("string", kw("x")))).isEqualTo("Primitive type keyword \"string\" does not expect arguments.");
        assertThat(error(call("any"))).isEqualTo("Type constraint keyword \"any\" does not expect arguments.");
        assertThat(error(call("list"))).isEqualTo("The list type constructor requires one argument specifying the element type.");
        Expression extra = kw("number");
        Diagnostic tooMany = onlyError(call("map", kw("string"), extra), false);
        assertThat(tooMany.subject()).isEqualTo(extra.range());
        assertThat(tooMany.context()).isNotNull();
        assertThat(error(call("foo", kw("string")))).isEqualTo("Keyword \"foo\" is not a valid type constructor.");
        assertThat(error(call("optional", kw("string"))))
                .isEqualTo("Keyword \"optional\" is valid only as a modifier for object type attributes.");
        assertThat(error(call("object", kw("string")))).isEqualTo("Object type constructor requires a map whose keys "
                + "are attribute names and whose values are the corresponding attribute types.");
        assertThat(error(call("tuple", kw("string")))).isEqualTo("Tuple type constructor requires a list of element types.");
        assertThat(error(call("object", object(literal(Value.string("a")), kw("string")))))
                .isEqualTo("Object constructor map keys must be attribute names.");
    }

    @Test
    void optionalErrors() {
        assertThat(error(call("object", object(kw("a"), call("optional")))))
                .isEqualTo("Optional attribute modifier requires the attribute type as its argument.");
        assertThat(error(call("object", object(kw("a"), call("optional", kw("string"), literal(Value.string("x")))))))
                .isEqualTo("Optional attribute modifier expects only one argument: the attribute type.");
        assertThat(onlyError(call("object", object(kw("a"), call("optional", kw("string")))), true).detail())
                .isEqualTo("Optional attribute modifier is only for type constraints, not for exact types.");
    }

    @Test
    void failedSpecificationsReadAsAny() {
        Diagnostics diags = new Diagnostics();
        assertThat(TypeConstraint.parse(kw("strin"), diags)).isEqualTo(Type.DYNAMIC);
        assertThat(TypeConstraint.parse(call("list"), diags)).isEqualTo(Type.DYNAMIC);
        assertThat(TypeConstraint.parseExact(kw("any"), diags)).isEqualTo(Type.DYNAMIC);
        assertThat(diags.size()).isEqualTo(3);
    }

    @Test
    void nestedErrorsKeepTheRestOfTheType() {
        Diagnostics diags = new Diagnostics();
        Type t = TypeConstraint.parse(call("list", kw("bogus")), diags);
        assertThat(t).isEqualTo(Type.list(Type.DYNAMIC));
        assertThat(diags.size()).isEqualTo(1);
    }
}
