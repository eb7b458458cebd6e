package io.jenkins.plugins.packer.engine.hcl.ext.dynblock;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Expression;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.Traversal;
import io.jenkins.plugins.packer.engine.hcl.value.Mark;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An attribute expression of a generated block: evaluated with the iterator variables added to whatever context
 * the caller gives, its result carrying the marks of the {@code for_each} value (a sensitive collection makes
 * everything derived from it sensitive). Static views pass through to the wrapped expression.
 */
record IterationExpression(Expression wrapped, Iteration iteration, Set<Mark> resultMarks) implements Expression {

    IterationExpression {
        resultMarks = Set.copyOf(resultMarks);
    }

    @Override
    public Value value(EvalContext ctx, Diagnostics diags) {
        return wrapped.value(Iteration.context(iteration, ctx), diags).withMarks(resultMarks);
    }

    /** The wrapped expression's variables, without the iterators, which this wrapper provides itself. */
    @Override
    public List<Traversal> variables() {
        if (iteration == null) {
            return wrapped.variables();
        }
        return wrapped.variables().stream().filter(t -> !iteration.binds(t.rootName())).toList();
    }

    @Override
    public Range range() {
        return wrapped.range();
    }

    @Override
    public Range startRange() {
        return wrapped.startRange();
    }

    @Override
    public Optional<List<Expression>> asList() {
        return wrapped.asList();
    }

    @Override
    public Optional<List<KeyValue>> asMap() {
        return wrapped.asMap();
    }

    @Override
    public Optional<Traversal> asTraversal() {
        return wrapped.asTraversal();
    }

    @Override
    public Optional<String> asKeyword() {
        return wrapped.asKeyword();
    }

    @Override
    public Optional<StaticCall> asCall() {
        return wrapped.asCall();
    }
}
