package io.jenkins.plugins.packer.engine.hcl.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.typeexpr.TypeConstraint;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The static views of parsed expressions are what type constraints ({@code variable "x" { type = ... }}) read. */
class TypeExpressionViewsTest {

    private static Type type(String src, Diagnostics d) {
        return TypeConstraint.parse(Hcl.expr(src, d), d);
    }

    @Test
    void typeConstraintsReadFromNativeSyntax() {
        Diagnostics d = new Diagnostics();
        assertThat(type("string", d)).isEqualTo(Type.STRING);
        assertThat(type("list(string)", d)).isEqualTo(Type.list(Type.STRING));
        assertThat(type("map(any)", d)).isEqualTo(Type.map(Type.DYNAMIC));
        assertThat(type("object({\n  name = string\n  size = optional(number)\n})", d)).isEqualTo(
                new Type.ObjectType(Map.of("name", Type.STRING, "size", Type.NUMBER), Set.of("size")));
        assertThat(type("tuple([string, bool])", d)).isEqualTo(Type.tuple(java.util.List.of(Type.STRING,
                Type.BOOL)));
        assertThat(d.asList()).isEmpty();
    }

    @Test
    void parenthesesAreNotATypeKeyword() {
        Diagnostics d = new Diagnostics();
        type("(string)", d);
        assertThat(d.asList()).extracting(x -> x.summary()).containsExactly("Invalid type specification");
    }
}
