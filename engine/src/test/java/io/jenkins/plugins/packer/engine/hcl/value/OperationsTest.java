package io.jenkins.plugins.packer.engine.hcl.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Arithmetic, comparison and logic operators; messages as packer 1.6.6 / HCL print them. */
class OperationsTest {

    private static final Value SECRET_TWO = Value.number(2).mark(Mark.SENSITIVE);

    private static Value n(long v) {
        return Value.number(v);
    }

    private static Value n(String v) {
        return Value.number(new BigDecimal(v));
    }

    private static Value s(String v) {
        return Value.string(v);
    }

    @Test
    void arithmetic() throws Exception {
        assertThat(Operations.add(n(1), n(2))).isEqualTo(n(3));
        assertThat(Operations.subtract(n(1), n(3))).isEqualTo(n(-2));
        assertThat(Operations.multiply(n("2.5"), n(4))).isEqualTo(n(10));
        assertThat(Operations.divide(n(10), n(4))).isEqualTo(n("2.5"));
        assertThat(Operations.modulo(n(-5), n(3))).isEqualTo(n(-2));
        assertThat(Operations.negate(n(5))).isEqualTo(n(-5));
        assertThat(Operations.add(n("0.1"), n("0.2"))).isEqualTo(n("0.3"));
        Value third = Operations.divide(n(1), n(3));
        assertThat(Operations.multiply(third, n(3))).isEqualTo(n(1));
    }

    @Test
    void operandsAreConverted() throws Exception {
        assertThat(Operations.multiply(s("2"), n(3))).isEqualTo(n(6));
        assertThat(Operations.add(s("1.5"), s("1"))).isEqualTo(n("2.5"));
        assertThat(Operations.greaterThan(n(2), s("1"))).isEqualTo(Value.TRUE);
        assertThat(Operations.and(Value.TRUE, s("true"))).isEqualTo(Value.TRUE);
        assertThat(Operations.negate(s("3"))).isEqualTo(n(-3));
        assertThat(Operations.not(s("false"))).isEqualTo(Value.TRUE);
    }

    @Test
    void invalidOperands() {
        assertThatThrownBy(() -> Operations.multiply(s("a"), n(1)))
                .isInstanceOfSatisfying(OperationException.class, e -> {
                    assertThat(e.summary()).isEqualTo("Invalid operand");
                    assertThat(e.getMessage()).isEqualTo("Unsuitable value for left operand: a number is required.");
                    assertThat(e.operandIndex()).isZero();
                });
        assertThatThrownBy(() -> Operations.subtract(n(2), s("x")))
                .isInstanceOfSatisfying(OperationException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("Unsuitable value for right operand: a number is required.");
                    assertThat(e.operandIndex()).isEqualTo(1);
                });
        assertThatThrownBy(() -> Operations.and(n(1), Value.TRUE))
                .hasMessage("Unsuitable value for left operand: bool required.");
        assertThatThrownBy(() -> Operations.negate(s("a")))
                .hasMessage("Unsuitable value for unary operand: a number is required.");
        assertThatThrownBy(() -> Operations.not(n(1))).hasMessage("Unsuitable value for unary operand: bool required.");
        assertThatThrownBy(() -> Operations.add(Value.EMPTY_TUPLE, n(1)))
                .hasMessage("Unsuitable value for left operand: number required.");
    }

    @Test
    void nullOperandsFail() {
        assertThatThrownBy(() -> Operations.add(Value.NULL, n(1)))
                .isInstanceOfSatisfying(OperationException.class, e -> {
                    assertThat(e.summary()).isEqualTo("Operation failed");
                    assertThat(e.getMessage()).isEqualTo("Error during operation: argument must not be null.");
                    assertThat(e.operandIndex()).isEqualTo(OperationException.WHOLE);
                });
        assertThatThrownBy(() -> Operations.greaterThan(Value.NULL, n(1)))
                .hasMessage("Error during operation: argument must not be null.");
        assertThatThrownBy(() -> Operations.not(Value.NULL))
                .hasMessage("Error during operation: argument must not be null.");
        assertThatThrownBy(() -> Operations.and(Value.TRUE, Value.NULL))
                .hasMessage("Error during operation: argument must not be null.");
        assertThatThrownBy(() -> Operations.add(Value.NULL, Value.DYNAMIC))
                .hasMessage("Error during operation: argument must not be null.");
    }

    @Test
    void division() {
        assertThatThrownBy(() -> Operations.divide(n(0), n(0)))
                .isInstanceOfSatisfying(OperationException.class, e -> {
                    assertThat(e.summary()).isEqualTo("Operation failed");
                    assertThat(e.getMessage()).isEqualTo(
                            "Error during operation: can't divide zero by zero or infinity by infinity.");
                });
        assertThatThrownBy(() -> Operations.divide(n(1), n(0)))
                .hasMessage("Error during operation: Divide by zero.");
    }

    @Test
    void moduloByZeroIsTheDividend() throws Exception {
        assertThat(Operations.modulo(n(5), n(0))).isEqualTo(n(5));
    }

    @Test
    void unknownOperandsGiveUnknownResults() throws Exception {
        assertThat(Operations.add(Value.unknown(Type.NUMBER), n(1))).isEqualTo(Value.unknown(Type.NUMBER));
        assertThat(Operations.add(Value.DYNAMIC, n(1))).isEqualTo(Value.unknown(Type.NUMBER));
        assertThat(Operations.divide(n(1), Value.unknown(Type.NUMBER))).isEqualTo(Value.unknown(Type.NUMBER));
        assertThat(Operations.divide(n(1), Value.unknown(Type.STRING))).isEqualTo(Value.unknown(Type.NUMBER));
        assertThat(Operations.lessThan(Value.DYNAMIC, n(1))).isEqualTo(Value.unknown(Type.BOOL));
        assertThat(Operations.negate(Value.DYNAMIC)).isEqualTo(Value.unknown(Type.NUMBER));
        assertThat(Operations.not(Value.unknown(Type.BOOL))).isEqualTo(Value.unknown(Type.BOOL));
        assertThat(Operations.and(Value.TRUE, Value.DYNAMIC)).isEqualTo(Value.unknown(Type.BOOL));
        assertThat(Operations.or(Value.FALSE, Value.DYNAMIC)).isEqualTo(Value.unknown(Type.BOOL));
    }

    @Test
    void logicShortCircuitsOnDecisiveKnownOperand() throws Exception {
        assertThat(Operations.and(Value.FALSE, Value.DYNAMIC)).isEqualTo(Value.FALSE);
        assertThat(Operations.and(Value.unknown(Type.BOOL), Value.FALSE)).isEqualTo(Value.FALSE);
        assertThat(Operations.or(Value.TRUE, Value.unknown(Type.BOOL))).isEqualTo(Value.TRUE);
        assertThat(Operations.or(Value.FALSE, Value.FALSE)).isEqualTo(Value.FALSE);
        assertThat(Operations.and(Value.TRUE, Value.TRUE)).isEqualTo(Value.TRUE);
        assertThat(Operations.not(Value.TRUE)).isEqualTo(Value.FALSE);
    }

    @Test
    void comparisons() throws Exception {
        assertThat(Operations.greaterThan(n(2), n(1))).isEqualTo(Value.TRUE);
        assertThat(Operations.greaterThan(n(1), n(1))).isEqualTo(Value.FALSE);
        assertThat(Operations.greaterThanOrEqual(n(1), n(1))).isEqualTo(Value.TRUE);
        assertThat(Operations.lessThan(n("-0.5"), n(0))).isEqualTo(Value.TRUE);
        assertThat(Operations.lessThanOrEqual(n(2), n(1))).isEqualTo(Value.FALSE);
        assertThatThrownBy(() -> Operations.lessThan(s("a"), s("b")))
                .hasMessage("Unsuitable value for left operand: a number is required.");
    }

    @Test
    void marksCombine() throws Exception {
        assertThat(Operations.add(SECRET_TWO, n(1))).isEqualTo(n(3).mark(Mark.SENSITIVE));
        assertThat(Operations.multiply(n(1), SECRET_TWO).isSensitive()).isTrue();
        assertThat(Operations.greaterThan(SECRET_TWO, n(1))).isEqualTo(Value.TRUE.mark(Mark.SENSITIVE));
        assertThat(Operations.negate(SECRET_TWO)).isEqualTo(n(-2).mark(Mark.SENSITIVE));
        assertThat(Operations.add(SECRET_TWO, Value.DYNAMIC)).isEqualTo(Value.unknown(Type.NUMBER).mark(Mark.SENSITIVE));
        assertThat(Operations.and(Value.TRUE.mark(Mark.SENSITIVE), Value.FALSE).isSensitive()).isTrue();
        assertThat(Operations.add(n(1), n(1)).isMarked()).isFalse();
    }

    @Test
    void length() throws Exception {
        assertThat(Operations.length(Value.tuple(List.of(n(1), n(2))))).isEqualTo(n(2));
        assertThat(Operations.length(s("héllo"))).isEqualTo(n(5));
        assertThat(Operations.length(Value.unknown(Type.tuple(List.of(Type.STRING))))).isEqualTo(n(1));
        assertThat(Operations.length(Value.unknown(Type.list(Type.STRING)))).isEqualTo(Value.unknown(Type.NUMBER));
        assertThat(Operations.length(Value.list(Type.STRING, List.of(s("a"))).mark(Mark.SENSITIVE)))
                .isEqualTo(n(1).mark(Mark.SENSITIVE));
        assertThatThrownBy(() -> Operations.length(n(1))).hasMessageContaining("argument must be a string");
        assertThatThrownBy(() -> Operations.length(Value.nullOf(Type.STRING)))
                .hasMessageContaining("argument must not be null");
    }
}
