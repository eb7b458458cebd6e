package io.jenkins.plugins.packer.engine.hcl.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.packer.engine.hcl.value.Mark;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FunctionSpecTest {

    private final List<List<Value>> implCalls = new ArrayList<>();

    /** concat-like: joins strings; first parameter fixed, rest variadic. */
    private FunctionSpec joiner(Parameter first, Parameter rest) {
        return FunctionSpec.builder()
                .param(first)
                .variadic(rest)
                .returns(Type.STRING)
                .impl((args, ret) -> {
                    implCalls.add(args);
                    StringBuilder sb = new StringBuilder();
                    for (Value v : args) {
                        sb.append(v.isNull() ? "<null>" : v.isKnown() ? v.asString() : "<unknown>");
                    }
                    return Value.string(sb.toString());
                })
                .build();
    }

    private static Value sensitive(String s) {
        return Value.string(s).mark(Mark.SENSITIVE);
    }

    @Test
    void callsImplementationWithPositionalAndVariadicArguments() throws Exception {
        FunctionSpec f = joiner(Parameter.of("a", Type.STRING), Parameter.of("rest", Type.STRING));
        assertThat(f.call(List.of(Value.string("x"), Value.string("y"), Value.string("z"))))
                .isEqualTo(Value.string("xyz"));
        assertThat(f.call(List.of(Value.string("x")))).isEqualTo(Value.string("x"));
        assertThat(f.parameters()).extracting(Parameter::name).containsExactly("a");
        assertThat(f.variadicParameter().name()).isEqualTo("rest");
    }

    @Test
    void wrongArgumentCountIsAnErrorOnTheWholeCall() {
        FunctionSpec fixed = FunctionSpec.builder().param("a", Type.STRING).returns(Type.STRING)
                .impl((args, ret) -> args.get(0)).build();
        assertThatThrownBy(() -> fixed.call(List.of()))
                .isInstanceOfSatisfying(FunctionException.class, e -> {
                    assertThat(e.argumentIndex()).isEqualTo(-1);
                    assertThat(e).hasMessage("wrong number of arguments (1 required; 0 given)");
                });
        FunctionSpec variadic = joiner(Parameter.of("a", Type.STRING), Parameter.of("rest", Type.STRING));
        assertThatThrownBy(() -> variadic.call(List.of()))
                .hasMessage("wrong number of arguments (at least 1 required; 0 given)");
    }

    @Test
    void nullArgumentIsRejectedUnlessAllowed() throws Exception {
        FunctionSpec f = joiner(Parameter.of("a", Type.STRING), Parameter.of("rest", Type.STRING));
        assertThatThrownBy(() -> f.call(List.of(Value.string("x"), Value.string("y"), Value.nullOf(Type.STRING))))
                .isInstanceOfSatisfying(FunctionException.class, e -> {
                    assertThat(e.argumentIndex()).isEqualTo(2);
                    assertThat(e).hasMessage("argument must not be null");
                });
        FunctionSpec lenient = joiner(Parameter.of("a", Type.STRING),
                Parameter.of("rest", Type.STRING).allowingNull());
        assertThat(lenient.call(List.of(Value.string("x"), Value.nullOf(Type.STRING))))
                .isEqualTo(Value.string("x<null>"));
    }

    @Test
    void unknownArgumentGivesUnknownResultWithoutCallingImplementation() throws Exception {
        FunctionSpec f = joiner(Parameter.of("a", Type.STRING), Parameter.of("rest", Type.STRING));
        Value r = f.call(List.of(Value.string("x"), Value.unknown(Type.STRING)));
        assertThat(r).isEqualTo(Value.unknown(Type.STRING));
        assertThat(implCalls).isEmpty();
    }

    @Test
    void unknownArgumentReachesImplementationWhenAllowed() throws Exception {
        FunctionSpec f = joiner(Parameter.of("a", Type.STRING), Parameter.of("rest", Type.STRING).allowingUnknown());
        assertThat(f.call(List.of(Value.string("x"), Value.unknown(Type.STRING))))
                .isEqualTo(Value.string("x<unknown>"));
    }

    @Test
    void argumentOfUnknownTypeMakesDynamicResultWithoutAskingTheTypeRule() throws Exception {
        FunctionSpec f = FunctionSpec.builder()
                .param(Parameter.of("v", Type.DYNAMIC))
                .returns(args -> {
                    throw new FunctionException(0, "type rule must not run");
                })
                .impl((args, ret) -> args.get(0))
                .build();
        assertThat(f.call(List.of(Value.DYNAMIC))).isEqualTo(Value.DYNAMIC);
        assertThatThrownBy(() -> f.call(List.of(Value.string("x")))).hasMessage("type rule must not run");
    }

    @Test
    void typeRuleDecidesTypeOfUnknownResult() throws Exception {
        FunctionSpec f = FunctionSpec.builder()
                .param(Parameter.of("v", Type.DYNAMIC))
                .returns(args -> Type.list(args.get(0).type()))
                .impl((args, ret) -> Value.list(args.get(0).type(), List.of(args.get(0))))
                .build();
        assertThat(f.call(List.of(Value.unknown(Type.NUMBER)))).isEqualTo(Value.unknown(Type.list(Type.NUMBER)));
        assertThat(f.returnType(List.of(Value.string("a")))).isEqualTo(Type.list(Type.STRING));
    }

    @Test
    void marksAreRemovedFromArgumentsAndPutOnResult() throws Exception {
        FunctionSpec f = joiner(Parameter.of("a", Type.STRING), Parameter.of("rest", Type.STRING));
        Value r = f.call(List.of(Value.string("x"), sensitive("secret")));
        assertThat(r).isEqualTo(Value.string("xsecret").mark(Mark.SENSITIVE));
        assertThat(implCalls.get(0)).allSatisfy(v -> assertThat(v.isMarked()).isFalse());
    }

    @Test
    void nestedMarksAreRemovedDeeply() throws Exception {
        FunctionSpec f = FunctionSpec.builder()
                .param(Parameter.of("list", Type.DYNAMIC))
                .returns(Type.NUMBER)
                .impl((args, ret) -> {
                    implCalls.add(args);
                    return Value.number(args.get(0).length());
                })
                .build();
        Value list = Value.tuple(List.of(Value.string("a"), sensitive("b")));
        assertThat(f.call(List.of(list))).isEqualTo(Value.number(2).mark(Mark.SENSITIVE));
        assertThat(implCalls.get(0).get(0).containsMarked()).isFalse();
    }

    @Test
    void markedArgumentReachesImplementationWhenAllowed() throws Exception {
        FunctionSpec f = FunctionSpec.builder()
                .param(Parameter.of("v", Type.STRING).allowingMarked())
                .returns(Type.BOOL)
                .impl((args, ret) -> Value.bool(args.get(0).isSensitive()))
                .build();
        assertThat(f.call(List.of(sensitive("s")))).isEqualTo(Value.TRUE);
    }

    @Test
    void unknownResultCarriesMarksOfAllArgumentsEvenAllowedOnes() throws Exception {
        FunctionSpec f = joiner(Parameter.of("a", Type.STRING).allowingMarked(), Parameter.of("rest", Type.STRING));
        Value r = f.call(List.of(sensitive("x"), Value.unknown(Type.STRING)));
        assertThat(r).isEqualTo(Value.unknown(Type.STRING).mark(Mark.SENSITIVE));
        assertThat(r.marks()).isEqualTo(Set.of(Mark.SENSITIVE));
    }

    @Test
    void failuresOfImplementationPropagateWithArgumentIndex() {
        FunctionSpec f = FunctionSpec.builder()
                .param("a", Type.STRING)
                .returns(Type.STRING)
                .impl((args, ret) -> {
                    throw new FunctionException(0, "bad a");
                })
                .build();
        assertThatThrownBy(() -> f.call(List.of(Value.string("x"))))
                .isInstanceOfSatisfying(FunctionException.class, e -> assertThat(e.argumentIndex()).isZero());
    }

    @Test
    void bugsInImplementationBecomeFunctionErrors() {
        FunctionSpec f = FunctionSpec.builder()
                .param("a", Type.STRING)
                .returns(Type.STRING)
                .impl((args, ret) -> Value.string(args.get(5).asString()))
                .build();
        assertThatThrownBy(() -> f.call(List.of(Value.string("x"))))
                .isInstanceOf(FunctionException.class)
                .hasMessageStartingWith("panic in function implementation: ");
    }

    @Test
    void argumentsAreConvertedToTheParameterTypeAndFailuresNameTheArgument() throws Exception {
        FunctionSpec f = FunctionSpec.builder()
                .param("a", Type.STRING)
                .param("n", Type.NUMBER)
                .returns(Type.NUMBER)
                .impl((args, ret) -> args.get(1))
                .build();
        assertThat(f.call(List.of(Value.number(1), Value.string("5")))).isEqualTo(Value.number(5));
        assertThatThrownBy(() -> f.call(List.of(Value.string("x"), Value.string("five"))))
                .isInstanceOfSatisfying(FunctionException.class, e -> {
                    assertThat(e.argumentIndex()).isEqualTo(1);
                    assertThat(e).hasMessage("a number is required");
                });
    }
}
