package io.jenkins.plugins.packer.engine.hcl.value;

import java.math.BigDecimal;
import java.util.Set;
import java.util.function.BinaryOperator;

/**
 * HCL's operators over values, with go-cty semantics. Operands are first converted to the operator's type as
 * HCL does ({@code "2" * 3} is 6); a failed conversion is an "Invalid operand" error naming the operand. A null
 * operand is an "Operation failed" error. An unknown operand makes an unknown result of the operator's result
 * type; the result carries the marks of both operands.
 */
public final class Operations {

    static final String INVALID_OPERAND = "Invalid operand";
    static final String OPERATION_FAILED = "Operation failed";

    private Operations() {
    }

    // ------------------------------------------------------------------ arithmetic

    public static Value add(Value a, Value b) throws OperationException {
        return arithmetic(a, b, Numbers::add);
    }

    public static Value subtract(Value a, Value b) throws OperationException {
        return arithmetic(a, b, Numbers::subtract);
    }

    public static Value multiply(Value a, Value b) throws OperationException {
        return arithmetic(a, b, Numbers::multiply);
    }

    /**
     * Division. {@code 0/0} fails as cty does ("can't divide zero by zero or infinity by infinity"); any other
     * division by zero, which cty answers with an infinity this engine cannot hold, fails with "Divide by zero".
     */
    public static Value divide(Value a, Value b) throws OperationException {
        Value[] ops = numberOperands(a, b);
        Value early = shortCircuit(ops[0], ops[1], Type.NUMBER);
        if (early != null) {
            return early;
        }
        BigDecimal divisor = ops[1].asNumber();
        if (divisor.signum() == 0) {
            String why = ops[0].asNumber().signum() == 0 ? "can't divide zero by zero or infinity by infinity"
                    : "Divide by zero";
            throw failed(why);
        }
        return Value.number(inRange(() -> Numbers.divide(ops[0].asNumber(), divisor)))
                .withMarks(Marks.union(ops[0], ops[1]));
    }

    /** Remainder of truncated division, sign of the dividend ({@code -5 % 3} is -2); {@code x % 0} is x. */
    public static Value modulo(Value a, Value b) throws OperationException {
        return arithmetic(a, b, Numbers::modulo);
    }

    /** Unary minus. */
    public static Value negate(Value a) throws OperationException {
        Value v = unary(a, Type.NUMBER);
        if (!v.isKnown()) {
            return Value.unknown(Type.NUMBER).withMarks(v.marks());
        }
        return Value.number(v.asNumber().negate()).withMarks(v.marks());
    }

    // ------------------------------------------------------------------ comparison

    public static Value greaterThan(Value a, Value b) throws OperationException {
        return comparison(a, b, c -> c > 0);
    }

    public static Value greaterThanOrEqual(Value a, Value b) throws OperationException {
        return comparison(a, b, c -> c >= 0);
    }

    public static Value lessThan(Value a, Value b) throws OperationException {
        return comparison(a, b, c -> c < 0);
    }

    public static Value lessThanOrEqual(Value a, Value b) throws OperationException {
        return comparison(a, b, c -> c <= 0);
    }

    /** HCL's {@code ==}: cty Equals, deep and type-aware; never fails. */
    public static Value equal(Value a, Value b) {
        return Equality.equal(a, b);
    }

    /** HCL's {@code !=}. */
    public static Value notEqual(Value a, Value b) {
        Value eq = Equality.equal(a, b);
        return eq.isKnown() ? Value.bool(!eq.asBool()).withMarks(eq.marks()) : eq;
    }

    // ------------------------------------------------------------------ logic

    /** {@code &&}; {@code false && unknown} is false, as in cty. */
    public static Value and(Value a, Value b) throws OperationException {
        return logic(a, b, false);
    }

    /** {@code ||}; {@code true || unknown} is true, as in cty. */
    public static Value or(Value a, Value b) throws OperationException {
        return logic(a, b, true);
    }

    /** {@code !}. */
    public static Value not(Value a) throws OperationException {
        Value v = unary(a, Type.BOOL);
        if (!v.isKnown()) {
            return Value.unknown(Type.BOOL).withMarks(v.marks());
        }
        return Value.bool(!v.asBool()).withMarks(v.marks());
    }

    // ------------------------------------------------------------------ collections

    /** HCL's index operator {@code collection[key]} (hcl.Index). */
    public static Value index(Value collection, Value key) throws OperationException {
        return Indexing.index(collection, key);
    }

    /** HCL's attribute access {@code obj.name} (hcl.GetAttr). */
    public static Value getAttr(Value obj, String name) throws OperationException {
        return Indexing.getAttr(obj, name);
    }

    /** Number of elements of a collection or structure, or characters of a string (the length function). */
    public static Value length(Value v) throws OperationException {
        return Indexing.length(v);
    }

    // ------------------------------------------------------------------ plumbing

    private interface Comparison {
        boolean test(int cmp);
    }

    private static Value arithmetic(Value a, Value b, BinaryOperator<BigDecimal> op) throws OperationException {
        Value[] ops = numberOperands(a, b);
        Value early = shortCircuit(ops[0], ops[1], Type.NUMBER);
        if (early != null) {
            return early;
        }
        return Value.number(inRange(() -> op.apply(ops[0].asNumber(), ops[1].asNumber())))
                .withMarks(Marks.union(ops[0], ops[1]));
    }

    /**
     * Runs number arithmetic; a result whose decimal exponent leaves the range a number can hold here (about
     * ±2 billion, as {@code 1e2000000000 * 1e2000000000}) fails the operation instead of escaping.
     */
    private static BigDecimal inRange(java.util.function.Supplier<BigDecimal> op) throws OperationException {
        try {
            return op.get();
        } catch (ArithmeticException e) {
            throw failed("the result is out of the range of numbers (" + e.getMessage() + ")");
        }
    }

    private static Value comparison(Value a, Value b, Comparison test) throws OperationException {
        Value[] ops = numberOperands(a, b);
        Value early = shortCircuit(ops[0], ops[1], Type.BOOL);
        if (early != null) {
            return early;
        }
        int cmp = ops[0].asNumber().compareTo(ops[1].asNumber());
        return Value.bool(test.test(cmp)).withMarks(Marks.union(ops[0], ops[1]));
    }

    private static Value logic(Value a, Value b, boolean decisive) throws OperationException {
        Value l = operand(a, Type.BOOL, "left");
        Value r = operand(b, Type.BOOL, "right");
        requireNotNull(l, r);
        Set<Mark> marks = Marks.union(l, r);
        if (l.isKnown() && r.isKnown()) {
            boolean result = decisive ? l.asBool() || r.asBool() : l.asBool() && r.asBool();
            return Value.bool(result).withMarks(marks);
        }
        if (l.isKnown() && l.asBool() == decisive || r.isKnown() && r.asBool() == decisive) {
            return Value.bool(decisive).withMarks(marks);
        }
        return Value.unknown(Type.BOOL).withMarks(marks);
    }

    private static Value[] numberOperands(Value a, Value b) throws OperationException {
        Value l = operand(a, Type.NUMBER, "left");
        Value r = operand(b, Type.NUMBER, "right");
        requireNotNull(l, r);
        return new Value[] {l, r};
    }

    /** Unknown result (with the operands' marks) when an operand is unknown, else null. */
    private static Value shortCircuit(Value l, Value r, Type result) {
        if (!l.isKnown() || !r.isKnown()) {
            return Value.unknown(result).withMarks(Marks.union(l, r));
        }
        return null;
    }

    private static Value unary(Value a, Type want) throws OperationException {
        Value v;
        try {
            v = Convert.convert(a, want);
        } catch (ConversionException e) {
            throw new OperationException(INVALID_OPERAND,
                    "Unsuitable value for unary operand: " + e.getMessage() + ".", 0);
        }
        requireNotNull(v);
        return v;
    }

    private static Value operand(Value v, Type want, String side) throws OperationException {
        try {
            return Convert.convert(v, want);
        } catch (ConversionException e) {
            throw new OperationException(INVALID_OPERAND,
                    "Unsuitable value for " + side + " operand: " + e.getMessage() + ".", side.equals("left") ? 0 : 1);
        }
    }

    private static void requireNotNull(Value... operands) throws OperationException {
        for (Value v : operands) {
            if (v.isNull()) {
                throw failed("argument must not be null");
            }
        }
    }

    private static OperationException failed(String why) {
        return new OperationException(OPERATION_FAILED, "Error during operation: " + why + ".", OperationException.WHOLE);
    }
}
