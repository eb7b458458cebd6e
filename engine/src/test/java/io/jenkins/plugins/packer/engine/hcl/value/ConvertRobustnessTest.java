package io.jenkins.plugins.packer.engine.hcl.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every sample value converted to every sample type: conversion either succeeds with a value of a type that
 * conforms to the target, or fails with a ConversionException; it never throws anything else. Operations on
 * the same samples only ever fail with OperationException.
 */
class ConvertRobustnessTest {

    private static List<Value> samples() {
        List<Value> base = new ArrayList<>(List.of(Value.string("1"), Value.string("x"), Value.string("true"),
                Value.number(3), Value.TRUE, Value.NULL, Value.DYNAMIC, Value.unknown(Type.STRING),
                Value.nullOf(Type.list(Type.STRING)), Value.EMPTY_TUPLE, Value.EMPTY_OBJECT,
                Value.tuple(List.of(Value.number(1), Value.string("a"))),
                Value.tuple(List.of(Value.DYNAMIC, Value.string("a"))),
                Value.tuple(List.of(Value.EMPTY_OBJECT, Value.object(Map.of("a", Value.number(1))))),
                Value.list(Type.NUMBER, List.of(Value.number(1), Value.number(1))),
                Value.set(Type.STRING, List.of(Value.string("a"), Value.unknown(Type.STRING))),
                Value.map(Type.STRING, Map.of("a", Value.string("1"))),
                Value.object(Map.of("a", Value.string("2"), "b", Value.tuple(List.of(Value.TRUE))))));
        List<Value> all = new ArrayList<>(base);
        for (Value v : base) {
            all.add(v.mark(Mark.SENSITIVE));
        }
        return all;
    }

    private static List<Type> types() {
        return List.of(Type.STRING, Type.NUMBER, Type.BOOL, Type.DYNAMIC, Type.list(Type.DYNAMIC),
                Type.list(Type.STRING), Type.set(Type.NUMBER), Type.map(Type.DYNAMIC), Type.map(Type.STRING),
                Type.tuple(List.of(Type.NUMBER, Type.STRING)), Type.object(Map.of("a", Type.NUMBER)),
                new Type.ObjectType(Map.of("a", Type.NUMBER, "c", Type.list(Type.DYNAMIC)), Set.of("c")),
                Type.list(Type.map(Type.DYNAMIC)), Type.EMPTY_OBJECT);
    }

    @Test
    void conversionOnlyFailsWithConversionException() {
        int converted = 0;
        for (Value v : samples()) {
            for (Type t : types()) {
                try {
                    Value r = Convert.convert(v, t);
                    assertThat(Equality.conforms(r.type(), TypeOps.withoutOptionalDeep(t)))
                            .as("%s to %s gave %s", v, t, r).isTrue();
                    assertThat(r.isMarked() || r.containsMarked()).as("marks of %s kept", v).isEqualTo(v.isMarked()
                            || v.containsMarked() && !t.equals(Type.EMPTY_OBJECT));
                    converted++;
                } catch (ConversionException e) {
                    assertThat(e.getMessage()).isNotBlank();
                }
            }
        }
        assertThat(converted).isGreaterThan(100);
    }

    @Test
    void operationsOnlyFailWithOperationException() {
        for (Value a : samples()) {
            Operations.equal(a, a);
            for (Value b : samples()) {
                try {
                    Operations.add(a, b);
                } catch (OperationException e) {
                    assertThat(e.summary()).isNotBlank();
                }
                try {
                    Operations.index(a, b);
                } catch (OperationException e) {
                    assertThat(e.summary()).isNotBlank();
                }
                try {
                    Operations.and(a, b);
                } catch (OperationException e) {
                    assertThat(e.summary()).isNotBlank();
                }
                assertThat(Operations.equal(a, b).type()).isEqualTo(Type.BOOL);
            }
            try {
                Operations.getAttr(a, "a");
                Operations.length(a);
            } catch (OperationException e) {
                assertThat(e.detail()).isNotBlank();
            }
            assertThat(ValueFormat.console(a)).isNotNull();
        }
    }
}
