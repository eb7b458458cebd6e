package io.jenkins.plugins.packer.engine.hcl.syntax;

import io.jenkins.plugins.packer.engine.hcl.value.ConversionException;
import io.jenkins.plugins.packer.engine.hcl.value.Convert;
import io.jenkins.plugins.packer.engine.hcl.value.OperationException;
import io.jenkins.plugins.packer.engine.hcl.value.Operations;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import io.jenkins.plugins.packer.engine.hcl.value.Values;
import java.util.List;
import java.util.Optional;

/**
 * The value operations the evaluator needs (conversion, unification, operators), delegating to
 * {@code hcl.value}. Failures come back as one checked exception type carrying go-cty's message.
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

    static Value convert(Value v, Type want) throws ConversionFailure {
        try {
            return Convert.convert(v, want);
        } catch (ConversionException e) {
            throw new ConversionFailure(e.getMessage());
        }
    }

    /** cty's UnifyUnsafe, as HCL uses for the results of a conditional. */
    static Optional<Type> unifyUnsafe(List<Type> types) {
        return Convert.unifyUnsafe(types);
    }

    /** A list of {@code vals} converted to their unified type, or a tuple when they have none. */
    static Value listOf(List<Value> vals) {
        try {
            return Values.listOf(vals);
        } catch (IllegalArgumentException e) {
            return Value.tuple(vals);
        }
    }

    /** Applies an operator to operands already converted to its operand type and unmarked ({@code r} is unused for unary ones). */
    static Value apply(Operation op, Value l, Value r) throws OperationException {
        return switch (op) {
            case OR -> Operations.or(l, r);
            case AND -> Operations.and(l, r);
            case EQUAL -> Operations.equal(l, r);
            case NOT_EQUAL -> Operations.notEqual(l, r);
            case GREATER_THAN -> Operations.greaterThan(l, r);
            case GREATER_THAN_OR_EQUAL -> Operations.greaterThanOrEqual(l, r);
            case LESS_THAN -> Operations.lessThan(l, r);
            case LESS_THAN_OR_EQUAL -> Operations.lessThanOrEqual(l, r);
            case ADD -> Operations.add(l, r);
            case SUBTRACT -> Operations.subtract(l, r);
            case MULTIPLY -> Operations.multiply(l, r);
            case DIVIDE -> Operations.divide(l, r);
            case MODULO -> Operations.modulo(l, r);
            case NEGATE -> Operations.negate(l);
            case NOT -> Operations.not(l);
        };
    }
}
