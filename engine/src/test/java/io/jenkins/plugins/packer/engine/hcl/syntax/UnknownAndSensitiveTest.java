package io.jenkins.plugins.packer.engine.hcl.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.value.Mark;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Unknown values propagate as HCL specifies; sensitive marks reach every result computed from them. */
class UnknownAndSensitiveTest {

    private static final Value SECRET = Value.string("hunter2").mark(Mark.SENSITIVE);
    private static final EvalContext CTX = EvalContext.of(Map.of(
            "u_str", Value.unknown(Type.STRING),
            "u_num", Value.unknown(Type.NUMBER),
            "u_bool", Value.unknown(Type.BOOL),
            "u_list", Value.unknown(Type.list(Type.STRING)),
            "u_obj", Value.unknown(Type.object(Map.of("id", Type.NUMBER))),
            "dyn", Value.DYNAMIC,
            "secret", SECRET,
            "secret_num", Value.number(1).mark(Mark.SENSITIVE),
            "list", Value.tuple(List.of(Value.string("a"), Value.string("b"))),
            "sobj", Value.object(Map.of("k", Value.string("v"))).mark(Mark.SENSITIVE)), TestFunctions.all());

    private static Value ev(String src) {
        Diagnostics d = new Diagnostics();
        Value v = Hcl.eval(src, CTX, d);
        assertThat(d.asList()).as(src).isEmpty();
        return v;
    }

    @Test
    void unknownConditionGivesUnknownOfTheUnifiedType() {
        assertThat(ev("u_bool ? \"a\" : \"b\"")).isEqualTo(Value.unknown(Type.STRING));
        assertThat(ev("u_bool ? 1 : \"b\"")).isEqualTo(Value.unknown(Type.STRING));
        assertThat(ev("u_bool ? null : null")).isEqualTo(Value.NULL);
        assertThat(ev("dyn ? 1 : 2")).isEqualTo(Value.unknown(Type.NUMBER));
    }

    @Test
    void unknownOperands() {
        assertThat(ev("u_num + 1")).isEqualTo(Value.unknown(Type.NUMBER));
        assertThat(ev("u_num > 1")).isEqualTo(Value.unknown(Type.BOOL));
        assertThat(ev("-u_num")).isEqualTo(Value.unknown(Type.NUMBER));
        assertThat(ev("dyn == 1")).isEqualTo(Value.unknown(Type.BOOL));
        assertThat(ev("true || u_bool")).isEqualTo(Value.TRUE);
        assertThat(ev("u_bool || true")).isEqualTo(Value.TRUE);
        assertThat(ev("false && u_bool")).isEqualTo(Value.FALSE);
        assertThat(ev("u_bool && true")).isEqualTo(Value.unknown(Type.BOOL));
        assertThat(ev("u_bool || u_bool")).isEqualTo(Value.unknown(Type.BOOL));
    }

    @Test
    void unknownTemplatesAndCollections() {
        assertThat(ev("\"a${u_str}b\"")).isEqualTo(Value.unknown(Type.STRING));
        assertThat(ev("\"${dyn}x\"")).isEqualTo(Value.unknown(Type.STRING));
        assertThat(ev("\"%{for x in u_list}${x}%{endfor}\"")).isEqualTo(Value.unknown(Type.STRING));
        assertThat(ev("[for x in u_list: x]")).isEqualTo(Value.DYNAMIC);
        assertThat(ev("[for x in dyn: x]")).isEqualTo(Value.DYNAMIC);
        assertThat(ev("[for x in list: u_bool ? x : x]"))
                .isEqualTo(Value.tuple(List.of(Value.unknown(Type.STRING), Value.unknown(Type.STRING))));
        assertThat(ev("[for x in list: x if u_bool]")).isEqualTo(Value.DYNAMIC);
        assertThat(ev("{(u_str) = 1}")).isEqualTo(Value.DYNAMIC);
        assertThat(ev("u_list[0]")).isEqualTo(Value.unknown(Type.STRING));
        assertThat(ev("u_obj.id")).isEqualTo(Value.unknown(Type.NUMBER));
        assertThat(ev("dyn.anything[3]")).isEqualTo(Value.DYNAMIC);
        assertThat(ev("list[u_num]")).isEqualTo(Value.DYNAMIC);
        assertThat(ev("u_list[*]")).isEqualTo(Value.unknown(Type.list(Type.STRING)));
        assertThat(ev("u_obj[*].id")).isEqualTo(Value.DYNAMIC);
        assertThat(ev("upper(u_str)")).isEqualTo(Value.unknown(Type.STRING));
    }

    @Test
    void sensitiveTemplates() {
        Value v = ev("\"password=${secret}\"");
        assertThat(v.isSensitive()).isTrue();
        assertThat(v.unmark()).isEqualTo(Value.string("password=hunter2"));
        assertThat(ev("\"${secret}\"").isSensitive()).isTrue();
        assertThat(ev("\"%{if secret_num > 0}yes%{endif}\"").isSensitive()).isTrue();
        assertThat(ev("\"%{for c in [secret]}${c}%{endfor}\"").isSensitive()).isTrue();
        assertThat(ev("\"${u_str}${secret}\"")).isEqualTo(Value.unknown(Type.STRING).mark(Mark.SENSITIVE));
    }

    @Test
    void sensitiveOperationsConditionalsAndCalls() {
        assertThat(ev("secret_num + 1").isSensitive()).isTrue();
        assertThat(ev("-secret_num").isSensitive()).isTrue();
        assertThat(ev("secret == \"x\"").isSensitive()).isTrue();
        assertThat(ev("secret_num > 0 ? \"a\" : \"b\"").isSensitive()).isTrue();
        assertThat(ev("true ? \"a\" : secret").isSensitive()).isTrue();
        assertThat(ev("upper(secret)")).isEqualTo(Value.string("HUNTER2").mark(Mark.SENSITIVE));
    }

    @Test
    void sensitiveIndexesAndCollections() {
        assertThat(ev("sobj.k").isSensitive()).isTrue();
        assertThat(ev("sobj[\"k\"]").isSensitive()).isTrue();
        assertThat(ev("list[secret_num]")).isEqualTo(Value.string("b").mark(Mark.SENSITIVE));
        assertThat(ev("{(secret) = 1}").isSensitive()).isTrue();
        assertThat(ev("[for x in [secret]: x]").elements().get(0).isSensitive()).isTrue();
        assertThat(ev("[for x in sobj: x]").isSensitive()).isTrue();
        assertThat(ev("{for k, v in sobj: k => v}").isSensitive()).isTrue();
        assertThat(ev("[for x in list: x if secret_num > 0]").isSensitive()).isTrue();
        assertThat(ev("[sobj][*].k").elements().get(0).isSensitive()).isTrue();
        assertThat(ev("sobj[*]").elements().get(0).isSensitive()).isTrue();
    }

    @Test
    void sensitiveValuesAreNotPrintedInMessages() {
        Diagnostics d = new Diagnostics();
        Hcl.eval("list[secret_num + 5]", CTX, d);
        assertThat(d.asList()).hasSize(1);
        assertThat(d.asList().get(0).detail()).doesNotContain("6");
    }
}
