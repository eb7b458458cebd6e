package io.jenkins.plugins.packer.engine.hcl.typeexpr;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Expression;
import io.jenkins.plugins.packer.engine.hcl.Pos;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.Traversal;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test-only stand-in for parsed expressions (no HCL parser exists on this branch): it offers just the static
 * views a type expression needs. Each fake gets its own one-line range so diagnostics can be located.
 */
final class FakeExpression implements Expression {

    private static final AtomicInteger NEXT_LINE = new AtomicInteger(1);

    private final String keyword;
    private final StaticCall call;
    private final List<KeyValue> map;
    private final List<Expression> list;
    private final Value literal;
    private final Range range;

    private FakeExpression(String keyword, StaticCall call, List<KeyValue> map, List<Expression> list, Value literal) {
        this.keyword = keyword;
        this.call = call;
        this.map = map;
        this.list = list;
        this.literal = literal;
        int line = NEXT_LINE.getAndIncrement();
        this.range = new Range("types.pkr.hcl", new Pos(line, 1, line * 100), new Pos(line, 10, line * 100 + 9));
    }

    /** A bare identifier such as {@code string}. */
    static FakeExpression kw(String name) {
        return new FakeExpression(name, null, null, null, null);
    }

    /** A call such as {@code list(string)}. */
    static FakeExpression call(String name, Expression... args) {
        Range nameRange = new Range("types.pkr.hcl", new Pos(900, 1, 90000), new Pos(900, 5, 90004));
        Range argsRange = new Range("types.pkr.hcl", new Pos(900, 5, 90004), new Pos(900, 20, 90019));
        return new FakeExpression(null, new StaticCall(name, nameRange, List.of(args), argsRange), null, null, null);
    }

    /** An object constructor {@code {k = v, ...}} given as alternating keys and values. */
    static FakeExpression object(Expression... keysAndValues) {
        List<KeyValue> items = new java.util.ArrayList<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            items.add(new KeyValue(keysAndValues[i], keysAndValues[i + 1]));
        }
        return new FakeExpression(null, null, items, null, null);
    }

    /** A tuple constructor {@code [a, b]}. */
    static FakeExpression tuple(Expression... elems) {
        return new FakeExpression(null, null, null, List.of(elems), null);
    }

    /** A constant such as {@code "text"} or {@code 1}: no static view, just a value. */
    static FakeExpression literal(Value v) {
        return new FakeExpression(null, null, null, null, v);
    }

    @Override
    public Value value(EvalContext ctx, Diagnostics diags) {
        if (literal != null) {
            return literal;
        }
        diags.error("Unsupported expression", "This fake can only evaluate literals.", range);
        return Value.DYNAMIC;
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
    public Optional<String> asKeyword() {
        return Optional.ofNullable(keyword);
    }

    @Override
    public Optional<StaticCall> asCall() {
        return Optional.ofNullable(call);
    }

    @Override
    public Optional<List<KeyValue>> asMap() {
        return Optional.ofNullable(map);
    }

    @Override
    public Optional<List<Expression>> asList() {
        return Optional.ofNullable(list);
    }
}
