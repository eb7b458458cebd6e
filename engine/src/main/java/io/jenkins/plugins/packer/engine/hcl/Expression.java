package io.jenkins.plugins.packer.engine.hcl;

import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.List;
import java.util.Optional;

/**
 * An unevaluated expression of either syntax. Evaluation never throws on user errors: it returns a value
 * (possibly {@link Value#DYNAMIC} after an error) and appends diagnostics.
 *
 * <p>The {@code as*} methods give the static views hashicorp/hcl offers through {@code hcl.ExprList},
 * {@code hcl.ExprMap}, {@code hcl.AbsTraversalForExpr}, {@code hcl.ExprAsKeyword} and {@code hcl.ExprCall};
 * they are how type constraints ({@code list(string)}) and Packer's static references are read without
 * evaluating anything. Each syntax implements them for the expressions where they apply.
 */
public interface Expression {

    Value value(EvalContext ctx, Diagnostics diags);

    /** Every variable traversal this expression reads (not counting those bound by its own for/splat). */
    List<Traversal> variables();

    Range range();

    /** The range to point at when the whole expression would be too much (its first token, usually). */
    Range startRange();

    /** The elements of a tuple constructor {@code [a, b]}. */
    default Optional<List<Expression>> asList() {
        return Optional.empty();
    }

    /** The items of an object constructor {@code {k = v}}, in source order. */
    default Optional<List<KeyValue>> asMap() {
        return Optional.empty();
    }

    /** A static traversal such as {@code var.x} or {@code source.null.a}. */
    default Optional<Traversal> asTraversal() {
        return Optional.empty();
    }

    /** A single bare identifier such as {@code string} or {@code any}. */
    default Optional<String> asKeyword() {
        return asTraversal().filter(t -> t.steps().size() == 1).map(Traversal::rootName);
    }

    /** A function call seen statically: {@code list(string)}, {@code optional(number, 1)}. */
    default Optional<StaticCall> asCall() {
        return Optional.empty();
    }

    /** One item of an object constructor. */
    record KeyValue(Expression key, Expression value) {
    }

    /** A call's name and arguments, unevaluated. */
    record StaticCall(String name, Range nameRange, List<Expression> arguments, Range argumentsRange) {
        public StaticCall {
            arguments = List.copyOf(arguments);
        }
    }
}
