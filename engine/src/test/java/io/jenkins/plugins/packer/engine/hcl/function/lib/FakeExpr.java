package io.jenkins.plugins.packer.engine.hcl.function.lib;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Expression;
import io.jenkins.plugins.packer.engine.hcl.Pos;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.Traversal;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/** A stand-in expression for functions that take unevaluated arguments; each one sits on its own column. */
final class FakeExpr implements Expression {

    private final BiFunction<EvalContext, Diagnostics, Value> eval;
    private final Range range;
    private final String keyword;
    private final StaticCall call;
    int evaluations;

    private FakeExpr(BiFunction<EvalContext, Diagnostics, Value> eval, int column, String keyword, StaticCall call) {
        this.eval = eval;
        this.range = new Range("t.pkr.hcl", new Pos(1, column, column - 1), new Pos(1, column + 1, column));
        this.keyword = keyword;
        this.call = call;
    }

    /** An expression evaluating to {@code v}. */
    static FakeExpr of(Value v, int column) {
        return new FakeExpr((ctx, d) -> v, column, null, null);
    }

    /** An expression whose evaluation fails with an error diagnostic. */
    static FakeExpr failing(String summary, String detail, int column) {
        FakeExpr[] self = new FakeExpr[1];
        self[0] = new FakeExpr((ctx, d) -> {
            d.error(summary, detail, self[0].range);
            return Value.DYNAMIC;
        }, column, null, null);
        return self[0];
    }

    /** A bare keyword such as {@code string}, as type expressions use them. */
    static FakeExpr keyword(String name, int column) {
        return new FakeExpr((ctx, d) -> {
            d.error("Unknown variable", "There is no variable named \"" + name + "\".", null);
            return Value.DYNAMIC;
        }, column, name, null);
    }

    /** A static call such as {@code list(string)}. */
    static FakeExpr call(String name, int column, Expression... args) {
        Range r = new Range("t.pkr.hcl", new Pos(1, column, column - 1), new Pos(1, column + 1, column));
        return new FakeExpr((ctx, d) -> Value.DYNAMIC, column, null, new StaticCall(name, r, List.of(args), r));
    }

    @Override
    public Value value(EvalContext ctx, Diagnostics diags) {
        evaluations++;
        return eval.apply(ctx, diags);
    }

    @Override
    public List<Traversal> variables() {
        return List.of();
    }

    @Override
    public Range range() {
        return range;
    }

    @Override
    public Range startRange() {
        return range;
    }

    @Override
    public Optional<Traversal> asTraversal() {
        return keyword == null ? Optional.empty()
                : Optional.of(new Traversal(List.of(new Traversal.Root(keyword, range))));
    }

    @Override
    public Optional<StaticCall> asCall() {
        return Optional.ofNullable(call);
    }
}
