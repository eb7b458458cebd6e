package io.jenkins.plugins.packer.engine.hcl.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import io.jenkins.plugins.packer.engine.hcl.value.Values;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each expression construct, parsed and evaluated. */
class ExpressionEvalTest {

    private static final EvalContext CTX = EvalContext.of(Map.of(
            "n", Value.number(3),
            "s", Value.string("str"),
            "list", Values.listOf(List.of(Value.string("a"), Value.string("b"), Value.string("c"))),
            "objs", Value.tuple(List.of(
                    Value.object(Map.of("id", Value.number(1), "tags", Value.tuple(List.of(Value.string("x"))))),
                    Value.object(Map.of("id", Value.number(2), "tags", Value.tuple(List.of(Value.string("y"))))))),
            "obj", Value.object(Map.of("k", Value.string("v"), "nested", Value.object(Map.of("deep", Value.TRUE)))),
            "m", Values.mapOf(Map.of("x", Value.number(1), "y", Value.number(2)))), Map.of());

    private static Value ev(String src) {
        Diagnostics d = new Diagnostics();
        Value v = Hcl.eval(src, CTX, d);
        assertThat(d.asList()).as(src).isEmpty();
        return v;
    }

    private static Value num(String n) {
        return Value.number(new BigDecimal(n));
    }

    private static Value tuple(Value... vs) {
        return Value.tuple(List.of(vs));
    }

    @Test
    void literals() {
        assertThat(ev("42")).isEqualTo(Value.number(42));
        assertThat(ev("1.5e3")).isEqualTo(Value.number(1500));
        assertThat(ev("true")).isEqualTo(Value.TRUE);
        assertThat(ev("false")).isEqualTo(Value.FALSE);
        assertThat(ev("null")).isEqualTo(Value.NULL);
        assertThat(ev("3.14159265358979323846264338327950288419716939937510582097494459"))
                .isEqualTo(num("3.14159265358979323846264338327950288419716939937510582097494459"));
    }

    @Test
    void arithmeticPrecedenceAndAssociativity() {
        assertThat(ev("1 + 2 * 3")).isEqualTo(Value.number(7));
        assertThat(ev("(1 + 2) * 3")).isEqualTo(Value.number(9));
        assertThat(ev("10 - 4 - 3")).isEqualTo(Value.number(3));
        assertThat(ev("8 / 4 / 2")).isEqualTo(Value.number(1));
        assertThat(ev("-46 + 5")).isEqualTo(Value.number(-41));
        assertThat(ev("11 % 5")).isEqualTo(Value.number(1));
        assertThat(ev("2 + 3.5")).isEqualTo(num("5.5"));
        assertThat(ev("1 / 10")).isEqualTo(num("0.1"));
        assertThat(ev("\"2\" * 3")).isEqualTo(Value.number(6));
        assertThat(ev("- n")).isEqualTo(Value.number(-3));
        assertThat(ev("1 + 2 * 3 - 4 / 2")).isEqualTo(Value.number(5));
        assertThat(ev("1 * 2 + 3 * 4 - 5")).isEqualTo(Value.number(9));
        assertThat(ev("2 * 3 % 4")).isEqualTo(Value.number(2));
        assertThat(ev("1 - -1")).isEqualTo(Value.number(2));
        assertThat(ev("-2 * 3")).isEqualTo(Value.number(-6));
        assertThat(ev("100 / 10 / 5 * 2")).isEqualTo(Value.number(4));
    }

    @Test
    void operatorLevelsMixed() {
        assertThat(ev("true || false && false")).isEqualTo(Value.TRUE);
        assertThat(ev("false && true || true")).isEqualTo(Value.TRUE);
        assertThat(ev("1 < 2 == 3 < 4")).isEqualTo(Value.TRUE);
        assertThat(ev("1 + 1 == 2 && 2 * 2 >= 4 || false")).isEqualTo(Value.TRUE);
        assertThat(ev("!true == false")).isEqualTo(Value.TRUE);
        assertThat(ev("n > 1 ? n * 2 : n - 1")).isEqualTo(Value.number(6));
    }

    @Test
    void comparisonEqualityAndLogic() {
        assertThat(ev("1 < 2 && 2 <= 2 && 3 > 2 && 3 >= 4 == false")).isEqualTo(Value.TRUE);
        assertThat(ev("\"a\" == \"a\"")).isEqualTo(Value.TRUE);
        assertThat(ev("\"1\" == 1")).isEqualTo(Value.FALSE);
        assertThat(ev("\"1\" != 1")).isEqualTo(Value.TRUE);
        assertThat(ev("true || false && false")).isEqualTo(Value.TRUE);
        assertThat(ev("!true")).isEqualTo(Value.FALSE);
        assertThat(ev("!!true")).isEqualTo(Value.TRUE);
        assertThat(ev("1 == 1 == true")).isEqualTo(Value.TRUE);
    }

    @Test
    void conditional() {
        assertThat(ev("true ? \"a\" : \"b\"")).isEqualTo(Value.string("a"));
        assertThat(ev("n > 5 ? \"big\" : n > 1 ? \"mid\" : \"small\"")).isEqualTo(Value.string("mid"));
        assertThat(ev("false ? 1 : \"2\"")).isEqualTo(Value.string("2"));
        assertThat(ev("true ? null : \"x\"")).isEqualTo(Value.nullOf(Type.STRING));
        assertThat(ev("false ? [] : list").type()).isEqualTo(Type.list(Type.STRING));
    }

    @Test
    void variablesAttributesAndIndexes() {
        assertThat(ev("obj.k")).isEqualTo(Value.string("v"));
        assertThat(ev("obj.nested.deep")).isEqualTo(Value.TRUE);
        assertThat(ev("obj[\"k\"]")).isEqualTo(Value.string("v"));
        assertThat(ev("list[1]")).isEqualTo(Value.string("b"));
        assertThat(ev("list[n - 2]")).isEqualTo(Value.string("b"));
        assertThat(ev("list.2")).isEqualTo(Value.string("c"));
        assertThat(ev("m.y")).isEqualTo(Value.number(2));
        assertThat(ev("m[\"x\"]")).isEqualTo(Value.number(1));
        assertThat(ev("objs[1].tags[0]")).isEqualTo(Value.string("y"));
        assertThat(ev("[10, 20][1]")).isEqualTo(Value.number(20));
        assertThat(ev("{a = 1}.a")).isEqualTo(Value.number(1));
        assertThat(ev("list[\n1\n]")).isEqualTo(Value.string("b"));
    }

    @Test
    void tuplesAndObjects() {
        assertThat(ev("[]")).isEqualTo(Value.EMPTY_TUPLE);
        assertThat(ev("[1, \"a\", true,]")).isEqualTo(tuple(Value.number(1), Value.string("a"), Value.TRUE));
        assertThat(ev("[\n  1,\n  2\n]")).isEqualTo(tuple(Value.number(1), Value.number(2)));
        assertThat(ev("{}")).isEqualTo(Value.EMPTY_OBJECT);
        Value o = ev("{\n  a = 1\n  \"b c\" = 2, d: 3\n  (s) = 4\n  s = 5\n}");
        assertThat(o).isEqualTo(Value.object(Map.of("a", Value.number(1), "b c", Value.number(2), "d",
                Value.number(3), "str", Value.number(4), "s", Value.number(5))));
        assertThat(ev("{true = 1, null = 2}"))
                .isEqualTo(Value.object(Map.of("true", Value.number(1), "null", Value.number(2))));
        assertThat(ev("{a = 1, a = 2}")).isEqualTo(Value.object(Map.of("a", Value.number(2))));
    }

    @Test
    void forExpressions() {
        assertThat(ev("[for v in [\"a\", \"b\"]: v]")).isEqualTo(tuple(Value.string("a"), Value.string("b")));
        assertThat(ev("[for i, v in [\"a\", \"b\"]: i]")).isEqualTo(tuple(Value.number(0), Value.number(1)));
        assertThat(ev("{for i, v in [\"a\", \"b\"]: v => i}"))
                .isEqualTo(Value.object(Map.of("a", Value.number(0), "b", Value.number(1))));
        assertThat(ev("{for i, v in [\"a\", \"a\", \"b\"]: v => i...}")).isEqualTo(Value.object(Map.of(
                "a", tuple(Value.number(0), Value.number(1)), "b", tuple(Value.number(2)))));
        assertThat(ev("[for i, v in [\"a\", \"b\", \"c\"]: v if i < 2]"))
                .isEqualTo(tuple(Value.string("a"), Value.string("b")));
        assertThat(ev("[for k, v in m: \"${k}=${v}\"]")).isEqualTo(tuple(Value.string("x=1"), Value.string("y=2")));
        assertThat(ev("[for k, v in obj: k]")).isEqualTo(tuple(Value.string("k"), Value.string("nested")));
        assertThat(ev("{for o in objs: o.id => o.tags[0]}"))
                .isEqualTo(Value.object(Map.of("1", Value.string("x"), "2", Value.string("y"))));
        assertThat(ev("[\n for v in list :\n \"${v}!\"\n if\n v != \"b\"\n ]"))
                .isEqualTo(tuple(Value.string("a!"), Value.string("c!")));
    }

    @Test
    void forKeyVariableShadowsOuterScope() {
        assertThat(ev("[for n in [1, 2]: n * 10]")).isEqualTo(tuple(Value.number(10), Value.number(20)));
        assertThat(ev("[for s in list: [for s in [s]: s][0]]"))
                .isEqualTo(tuple(Value.string("a"), Value.string("b"), Value.string("c")));
    }

    @Test
    void splats() {
        assertThat(ev("objs[*].id")).isEqualTo(tuple(Value.number(1), Value.number(2)));
        assertThat(ev("objs.*.id")).isEqualTo(tuple(Value.number(1), Value.number(2)));
        assertThat(ev("objs[*].tags[0]")).isEqualTo(tuple(Value.string("x"), Value.string("y")));
        assertThat(ev("objs.*.tags[0]")).isEqualTo(tuple(Value.string("x")));
        assertThat(ev("obj[*].k")).isEqualTo(tuple(Value.string("v")));
        assertThat(ev("n[*]")).isEqualTo(tuple(Value.number(3)));
        assertThat(ev("null[*]")).isEqualTo(Value.EMPTY_TUPLE);
        assertThat(ev("list[*]")).isEqualTo(CTX.variable("list"));
        assertThat(ev("[for o in objs: o.id][*]")).isEqualTo(tuple(Value.number(1), Value.number(2)));
        assertThat(ev("objs[*].tags[*]")).isEqualTo(tuple(tuple(Value.string("x")), tuple(Value.string("y"))));
    }

    @Test
    void splatOfListGivesList() {
        EvalContext ctx = EvalContext.of(Map.of("l", Values.listOf(List.of(
                Value.object(Map.of("a", Value.number(1))), Value.object(Map.of("a", Value.number(2)))))), Map.of());
        Diagnostics d = new Diagnostics();
        assertThat(Hcl.eval("l[*].a", ctx, d)).isEqualTo(Values.listOf(List.of(Value.number(1), Value.number(2))));
        EvalContext empty = EvalContext.of(Map.of("l", Value.list(Type.object(Map.of("a", Type.NUMBER)),
                List.of())), Map.of());
        assertThat(Hcl.eval("l[*].a", empty, d)).isEqualTo(Value.list(Type.NUMBER, List.of()));
        assertThat(d.asList()).isEmpty();
    }

    @Test
    void parenthesesAndNewlines() {
        assertThat(ev("(\n1 +\n2\n)")).isEqualTo(Value.number(3));
        assertThat(ev("((((1))))")).isEqualTo(Value.number(1));
    }

    @Test
    void parenthesisedConditionalOverManyLinesFromTheCorpus() {
        assertThat(ev("n == 3 ? (\n  s == \"str\" ? [\n    \"x\"\n    ] : (\n    []\n  )\n) : []"))
                .isEqualTo(Values.listOf(List.of(Value.string("x"))));
    }
}
