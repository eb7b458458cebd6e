package io.jenkins.plugins.packer.engine.hcl;

import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An expression from a {@code dynamic} block's {@code content}: evaluated wherever its body is decoded, with the
 * block's iterators ({@code source.key}, {@code source.value}) in scope, shadowing variables of the same name.
 */
final class IteratedExpression implements Expression {

    private final Expression inner;
    private final Map<String, Value> iteration;

    IteratedExpression(Expression inner, Map<String, Value> iteration) {
        this.inner = inner;
        this.iteration = iteration;
    }

    static Expression wrap(Expression e, Map<String, Value> iteration) {
        return iteration.isEmpty() ? e : new IteratedExpression(e, iteration);
    }

    @Override
    public Value value(EvalContext ctx, Diagnostics diags) {
        return inner.value(ctx.child(iteration), diags);
    }

    @Override
    public List<Traversal> variables() {
        return inner.variables().stream().filter(t -> !iteration.containsKey(t.rootName())).toList();
    }

    @Override
    public Range range() {
        return inner.range();
    }

    @Override
    public Range startRange() {
        return inner.startRange();
    }

    @Override
    public Optional<List<Expression>> asList() {
        return inner.asList().map(l -> l.stream().map(e -> wrap(e, iteration)).toList());
    }

    @Override
    public Optional<List<KeyValue>> asMap() {
        return inner.asMap().map(l -> l.stream()
                .map(kv -> new KeyValue(wrap(kv.key(), iteration), wrap(kv.value(), iteration))).toList());
    }

    @Override
    public Optional<Traversal> asTraversal() {
        return inner.asTraversal();
    }

    @Override
    public Optional<StaticCall> asCall() {
        return inner.asCall();
    }
}
