package io.jenkins.plugins.packer.engine.hcl.syntax;

import io.jenkins.plugins.packer.engine.hcl.value.Type;

/**
 * The operators, with the types their operands are converted to and their result type (as the go-cty
 * stdlib functions hashicorp/hcl maps them to declare), and the binary precedence (higher binds tighter).
 */
enum Operation {
    OR(Type.BOOL, Type.BOOL, 1),
    AND(Type.BOOL, Type.BOOL, 2),
    EQUAL(Type.DYNAMIC, Type.BOOL, 3),
    NOT_EQUAL(Type.DYNAMIC, Type.BOOL, 3),
    GREATER_THAN(Type.NUMBER, Type.BOOL, 4),
    GREATER_THAN_OR_EQUAL(Type.NUMBER, Type.BOOL, 4),
    LESS_THAN(Type.NUMBER, Type.BOOL, 4),
    LESS_THAN_OR_EQUAL(Type.NUMBER, Type.BOOL, 4),
    ADD(Type.NUMBER, Type.NUMBER, 5),
    SUBTRACT(Type.NUMBER, Type.NUMBER, 5),
    MULTIPLY(Type.NUMBER, Type.NUMBER, 6),
    DIVIDE(Type.NUMBER, Type.NUMBER, 6),
    MODULO(Type.NUMBER, Type.NUMBER, 6),
    NEGATE(Type.NUMBER, Type.NUMBER, 0),
    NOT(Type.BOOL, Type.BOOL, 0);

    private final Type operandType;
    private final Type resultType;
    private final int precedence;

    Operation(Type operandType, Type resultType, int precedence) {
        this.operandType = operandType;
        this.resultType = resultType;
        this.precedence = precedence;
    }

    Type operandType() {
        return operandType;
    }

    Type resultType() {
        return resultType;
    }

    int precedence() {
        return precedence;
    }
}
