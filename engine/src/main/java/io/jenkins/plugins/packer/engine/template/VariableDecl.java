package io.jenkins.plugins.packer.engine.template;

import io.jenkins.plugins.packer.engine.hcl.Expression;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.typeexpr.TypeConstraintWithDefaults;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.List;

/**
 * A declared input variable ({@code variable "name" {}} or an entry of a {@code variables {}} block).
 *
 * @param constraint the {@code type}, or null when none was given (any value is accepted)
 * @param defaultValue the {@code default}, already converted; null when no default is declared (the
 *     variable must then be set), {@code null}-valued when declared {@code default = null}
 */
public record VariableDecl(String name, TypeConstraintWithDefaults constraint, Value defaultValue, String description,
        boolean sensitive, List<Validation> validations, Range defRange) {

    public VariableDecl {
        validations = List.copyOf(validations);
    }

    /** A {@code validation} block. */
    public record Validation(Expression condition, Expression errorMessage, Range range) {
    }
}
