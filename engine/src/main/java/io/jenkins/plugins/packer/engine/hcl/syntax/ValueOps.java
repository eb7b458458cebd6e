package io.jenkins.plugins.packer.engine.hcl.syntax;

import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The value operations the evaluator needs (conversion, unification, operators), behind one small adapter so
 * the evaluator does not care where they are implemented. INTERIM: a minimal primitive-only implementation
 * until the hcl.value operations are merged.
 */
final class ValueOps {

    private ValueOps() {
    }

    /** A conversion that cannot be made; the message is go-cty's wording, without a final period. */
    static final class ConversionFailure extends Exception {
        private static final long serialVersionUID = 1L;

        ConversionFailure(String message) {
            super(message, null, false, false);
        }
    }

    /** An operation that failed (for example a division by zero). */
    static final class OperationFailure extends Exception {
        private static final long serialVersionUID = 1L;

        OperationFailure(String message) {
            super(message, null, false, false);
        }
    }

    static Value convert(Value v, Type want) throws ConversionFailure {
        if (want.isDynamic() || v.type().equals(want)) {
            return v;
        }
        if (v.isNull()) {
            return Value.nullOf(want).withMarks(v.marks());
        }
        if (!v.isKnown()) {
            return Value.unknown(want).withMarks(v.marks());
        }
        if (want == Type.STRING && v.type() == Type.NUMBER) {
            return Value.string(v.asNumber().toPlainString()).withMarks(v.marks());
        }
        if (want == Type.STRING && v.type() == Type.BOOL) {
            return Value.string(v.asBool() ? "true" : "false").withMarks(v.marks());
        }
        if (want == Type.NUMBER && v.type() == Type.STRING) {
            try {
                return Value.number(new BigDecimal(v.asString())).withMarks(v.marks());
            } catch (NumberFormatException e) {
                throw new ConversionFailure("a number is required");
            }
        }
        if (want == Type.BOOL && v.type() == Type.STRING) {
            switch (v.asString()) {
                case "true":
                    return Value.TRUE.withMarks(v.marks());
                case "false":
                    return Value.FALSE.withMarks(v.marks());
                default:
                    throw new ConversionFailure("a bool is required");
            }
        }
        throw new ConversionFailure(want.friendlyName() + " required");
    }

    /** A list of {@code vals} (all of one type, else converted to their unified type), or a tuple. */
    static Value listOf(List<Value> vals) {
        List<Type> types = new java.util.ArrayList<>();
        for (Value v : vals) {
            types.add(v.type());
        }
        Optional<Type> et = unify(types);
        if (et.isEmpty()) {
            return Value.tuple(vals);
        }
        List<Value> converted = new java.util.ArrayList<>();
        for (Value v : vals) {
            try {
                converted.add(convert(v, et.get()));
            } catch (ConversionFailure e) {
                return Value.tuple(vals);
            }
        }
        return Value.list(et.get(), converted);
    }

    static Optional<Type> unify(List<Type> types) {
        Type first = types.get(0);
        for (Type t : types) {
            if (!t.equals(first)) {
                return Optional.empty();
            }
        }
        return Optional.of(first);
    }

    static Value binary(Operation op, Value l, Value r) throws OperationFailure {
        if (!l.isKnown() || !r.isKnown()) {
            return Value.unknown(op.resultType());
        }
        switch (op) {
            case EQUAL:
                return Value.bool(l.equals(r));
            case NOT_EQUAL:
                return Value.bool(!l.equals(r));
            case AND:
                return Value.bool(l.asBool() && r.asBool());
            case OR:
                return Value.bool(l.asBool() || r.asBool());
            default:
                break;
        }
        BigDecimal a = l.asNumber();
        BigDecimal b = r.asNumber();
        return switch (op) {
            case ADD -> Value.number(a.add(b));
            case SUBTRACT -> Value.number(a.subtract(b));
            case MULTIPLY -> Value.number(a.multiply(b));
            case DIVIDE -> {
                if (b.signum() == 0) {
                    throw new OperationFailure("can't divide by zero");
                }
                yield Value.number(a.divide(b, java.math.MathContext.DECIMAL128));
            }
            case MODULO -> Value.number(a.remainder(b));
            case LESS_THAN -> Value.bool(a.compareTo(b) < 0);
            case LESS_THAN_OR_EQUAL -> Value.bool(a.compareTo(b) <= 0);
            case GREATER_THAN -> Value.bool(a.compareTo(b) > 0);
            default -> Value.bool(a.compareTo(b) >= 0);
        };
    }

    static Value negate(Value v) throws OperationFailure {
        return v.isKnown() ? Value.number(v.asNumber().negate()) : Value.unknown(Type.NUMBER);
    }

    static Value not(Value v) throws OperationFailure {
        return v.isKnown() ? Value.bool(!v.asBool()) : Value.unknown(Type.BOOL);
    }
}
