package io.jenkins.plugins.packer.engine.hcl.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.Expression;
import io.jenkins.plugins.packer.engine.hcl.Traversal;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** asList, asMap, asTraversal, asKeyword, asCall and variables(). */
class StaticViewsTest {

    private static Expression parse(String src) {
        Diagnostics d = new Diagnostics();
        Expression e = Hcl.expr(src, d);
        assertThat(d.asList()).as(src).isEmpty();
        return e;
    }

    private static List<String> vars(String src) {
        return parse(src).variables().stream().map(Traversal::toString).collect(Collectors.toList());
    }

    @Test
    void staticList() {
        List<Expression> items = parse("[a, \"b\", 1]").asList().orElseThrow();
        assertThat(items).hasSize(3);
        assertThat(items.get(0).asKeyword()).contains("a");
        assertThat(parse("a").asList()).isEmpty();
    }

    @Test
    void staticMap() {
        List<Expression.KeyValue> kvs = parse("{a = string, \"b\" = number, (c) = 1}").asMap().orElseThrow();
        assertThat(kvs).hasSize(3);
        assertThat(kvs.get(0).key().asKeyword()).contains("a");
        assertThat(kvs.get(0).value().asKeyword()).contains("string");
        assertThat(kvs.get(1).key().asKeyword()).isEmpty();
        assertThat(kvs.get(1).key().value(null, new Diagnostics())).isEqualTo(Value.string("b"));
        assertThat(kvs.get(2).key().asTraversal()).isEmpty();
    }

    @Test
    void staticTraversal() {
        Traversal t = parse("source.amazon-ebs.example[0][\"k\"]").asTraversal().orElseThrow();
        assertThat(t.rootName()).isEqualTo("source");
        assertThat(t.steps()).hasSize(5);
        assertThat(t.steps().get(1)).isEqualTo(new Traversal.Attr("amazon-ebs", t.steps().get(1).range()));
        assertThat(((Traversal.Index) t.steps().get(3)).key()).isEqualTo(Value.number(0));
        assertThat(((Traversal.Index) t.steps().get(4)).key()).isEqualTo(Value.string("k"));
        assertThat(t.range().start().column()).isEqualTo(1);
        assertThat(t.range().end().column()).isEqualTo(34);
        assertThat(parse("null").asTraversal().map(Traversal::rootName)).contains("null");
        assertThat(parse("true").asKeyword()).contains("true");
        assertThat(parse("a[b]").asTraversal()).isEmpty();
        assertThat(parse("(a)").asTraversal()).isEmpty();
        assertThat(parse("f(x).y").asTraversal()).isEmpty();
        assertThat(parse("a.b").asKeyword()).isEmpty();
        assertThat(parse("1").asKeyword()).isEmpty();
    }

    @Test
    void staticCall() {
        Expression.StaticCall c = parse("list(object({a = string}))").asCall().orElseThrow();
        assertThat(c.name()).isEqualTo("list");
        assertThat(c.arguments()).hasSize(1);
        Expression.StaticCall inner = c.arguments().get(0).asCall().orElseThrow();
        assertThat(inner.name()).isEqualTo("object");
        assertThat(inner.arguments().get(0).asMap().orElseThrow()).hasSize(1);
        assertThat(c.nameRange().end().column()).isEqualTo(5);
        assertThat(c.argumentsRange().start().column()).isEqualTo(5);
        assertThat(c.argumentsRange().end().column()).isEqualTo(27);
        assertThat(parse("optional(number, 1)").asCall().orElseThrow().arguments()).hasSize(2);
        assertThat(parse("a").asCall()).isEmpty();
    }

    @Test
    void variablesOfExpressions() {
        assertThat(vars("var.a + local.b[0]")).containsExactly("var.a", "local.b[number(0)]");
        assertThat(vars("f(var.x, \"${local.y}\")")).containsExactly("var.x", "local.y");
        assertThat(vars("{a = var.b, (var.k) = 1}")).containsExactly("var.b", "var.k");
        assertThat(vars("[for k, v in var.m: \"${k}${v}${local.z}\" if v != var.skip]"))
                .containsExactly("var.m", "local.z", "var.skip");
        assertThat(vars("{for x in var.l: x.id => x...}")).containsExactly("var.l");
        assertThat(vars("var.list[*].id")).containsExactly("var.list");
        assertThat(vars("var.list.*.id")).containsExactly("var.list");
        assertThat(vars("var.m[local.key]")).containsExactly("var.m", "local.key");
        assertThat(vars("true ? a : b")).containsExactly("a", "b");
        assertThat(vars("\"%{for x in var.l}${x}${y}%{endfor}\"")).containsExactly("var.l", "y");
        assertThat(vars("1 + 2")).isEmpty();
    }

    @Test
    void shadowedNamesAreStillVariablesOutsideTheirFor() {
        assertThat(vars("[for x in x: x]")).containsExactly("x");
    }

    @Test
    void rangesOfCompositeExpressions() {
        Expression e = parse("a ? b : c");
        assertThat(e.range().end().column()).isEqualTo(10);
        assertThat(e.startRange().end().column()).isEqualTo(2);
        Expression call = parse("f(1, 2)");
        assertThat(call.startRange().end().column()).isEqualTo(3);
        Expression idx = parse("a[b]");
        assertThat(idx.startRange().start().column()).isEqualTo(2);
        Expression splat = parse("a[*].b");
        assertThat(splat.startRange().start().column()).isEqualTo(2);
        assertThat(splat.startRange().end().column()).isEqualTo(5);
        assertThat(splat.range().end().column()).isEqualTo(7);
    }
}
