package io.jenkins.plugins.packer.engine.hcl.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** cty convert.Unify / UnifyUnsafe. */
class UnifyTest {

    private static Optional<Type> unify(Type... types) {
        return Convert.unify(List.of(types));
    }

    private static Optional<Type> unifyUnsafe(Type... types) {
        return Convert.unifyUnsafe(List.of(types));
    }

    @Test
    void primitivesPreferString() {
        assertThat(unify(Type.NUMBER, Type.NUMBER)).contains(Type.NUMBER);
        assertThat(unify(Type.NUMBER, Type.STRING)).contains(Type.STRING);
        assertThat(unify(Type.BOOL, Type.STRING, Type.NUMBER)).contains(Type.STRING);
        assertThat(unify(Type.BOOL, Type.NUMBER)).isEmpty();
        assertThat(unify()).isEmpty();
    }

    @Test
    void dynamicGivesWayToKnownTypes() {
        assertThat(unify(Type.DYNAMIC, Type.STRING)).contains(Type.DYNAMIC);
        assertThat(unifyUnsafe(Type.DYNAMIC, Type.STRING)).contains(Type.STRING);
        assertThat(unifyUnsafe(Type.DYNAMIC, Type.DYNAMIC)).contains(Type.DYNAMIC);
        assertThat(unifyUnsafe(Type.list(Type.STRING), Type.DYNAMIC)).contains(Type.DYNAMIC);
    }

    @Test
    void collections() {
        assertThat(unify(Type.list(Type.NUMBER), Type.list(Type.STRING))).contains(Type.list(Type.STRING));
        assertThat(unify(Type.map(Type.NUMBER), Type.map(Type.BOOL))).isEmpty();
        assertThat(unify(Type.set(Type.NUMBER), Type.set(Type.NUMBER))).contains(Type.set(Type.NUMBER));
    }

    @Test
    void tuplesAndLists() {
        Type t1 = Type.tuple(List.of(Type.STRING));
        Type t2 = Type.tuple(List.of(Type.NUMBER, Type.NUMBER));
        assertThat(unify(t1, t2)).contains(Type.list(Type.STRING));
        assertThat(unify(Type.tuple(List.of(Type.NUMBER)), Type.tuple(List.of(Type.STRING))))
                .contains(Type.tuple(List.of(Type.STRING)));
        assertThat(unify(Type.list(Type.STRING), Type.tuple(List.of(Type.NUMBER)))).contains(Type.list(Type.STRING));
        assertThat(unify(Type.EMPTY_TUPLE, Type.list(Type.STRING))).contains(Type.list(Type.STRING));
    }

    @Test
    void objectsAndMaps() {
        Type a = Type.object(Map.of("a", Type.NUMBER));
        Type b = Type.object(Map.of("a", Type.STRING));
        Type c = Type.object(Map.of("b", Type.BOOL));
        assertThat(unify(a, b)).contains(Type.object(Map.of("a", Type.STRING)));
        assertThat(unify(a, c)).isEmpty();
        assertThat(unify(a, Type.object(Map.of("b", Type.NUMBER)))).contains(Type.map(Type.NUMBER));
        assertThat(unify(Type.map(Type.STRING), a)).contains(Type.map(Type.STRING));
        assertThat(unify(a, Type.EMPTY_TUPLE)).isEmpty();
    }

    @Test
    void conditionalStyleUnsafeUnification() {
        assertThat(unifyUnsafe(Type.STRING, Type.NUMBER)).contains(Type.STRING);
        assertThat(unifyUnsafe(Type.list(Type.STRING), Type.set(Type.STRING))).isPresent();
    }
}
