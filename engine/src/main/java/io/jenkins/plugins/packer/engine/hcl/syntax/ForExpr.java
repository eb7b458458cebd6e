package io.jenkins.plugins.packer.engine.hcl.syntax;

import io.jenkins.plugins.packer.engine.hcl.value.Quote;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.Traversal;
import io.jenkins.plugins.packer.engine.hcl.value.Mark;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@code for} expression: {@code [for k, v in coll: expr if cond]} (a tuple) or
 * {@code {for k, v in coll: key => value... if cond}} (an object, grouping with {@code ...}). Also used for the
 * template {@code %{for}} directive. Semantics and diagnostics follow hashicorp/hcl's ForExpr.
 */
final class ForExpr extends Expr {

    private final String keyVar;
    private final String valVar;
    private final Expr collection;
    private final Expr keyExpr;
    private final Expr valExpr;
    private final Expr condExpr;
    private final boolean group;
    private final Range openRange;

    /** {@code keyVar} may be null; {@code keyExpr} is null for tuples; {@code condExpr} may be null. */
    ForExpr(String keyVar, String valVar, Expr collection, Expr keyExpr, Expr valExpr, Expr condExpr, boolean group,
            Range range, Range openRange) {
        super(range, collection, keyExpr, valExpr, condExpr);
        this.keyVar = keyVar;
        this.valVar = valVar;
        this.collection = collection;
        this.keyExpr = keyExpr;
        this.valExpr = valExpr;
        this.condExpr = condExpr;
        this.group = group;
        this.openRange = openRange;
    }

    @Override
    public Range startRange() {
        return openRange;
    }

    @Override
    void collectVariables(List<Traversal> out, Set<String> locals) {
        collection.collectVariables(out, locals);
        Set<String> inner = new HashSet<>(locals);
        if (keyVar != null) {
            inner.add(keyVar);
        }
        inner.add(valVar);
        if (keyExpr != null) {
            keyExpr.collectVariables(out, inner);
        }
        valExpr.collectVariables(out, inner);
        if (condExpr != null) {
            condExpr.collectVariables(out, inner);
        }
    }

    private EvalContext child(EvalContext ctx, Value k, Value v) {
        Map<String, Value> vars = new HashMap<>();
        if (keyVar != null) {
            vars.put(keyVar, k);
        }
        vars.put(valVar, v);
        return ctx.child(vars);
    }

    @Override
    Value evaluate(EvalContext ctx, Diagnostics diags) {
        Value coll = collection.evaluate(ctx, diags);
        if (coll.isNull()) {
            error(diags, "Iteration over null value",
                    "A null value cannot be used as the collection in a 'for' expression.", collection.range(), range());
            return Value.DYNAMIC;
        }
        if (coll.type().isDynamic()) {
            return Value.DYNAMIC;
        }
        Set<Mark> marks = EnumSet.noneOf(Mark.class);
        marks.addAll(coll.marks());
        Type ct = coll.type();
        boolean iterable = ct.isCollection() || ct instanceof Type.TupleType || ct instanceof Type.ObjectType;
        if (!iterable) {
            error(diags, "Iteration over non-iterable value", "A value of type " + ct.friendlyName()
                    + " cannot be used as the collection in a 'for' expression.", collection.range(), range());
            return Value.DYNAMIC;
        }
        if (condExpr != null) {
            Diagnostics condDiags = new Diagnostics();
            Value probe = condExpr.evaluate(child(ctx, Value.DYNAMIC, Value.DYNAMIC), condDiags);
            diags.addAll(condDiags);
            if (probe.isNull()) {
                error(diags, "Condition is null", "The value of the 'if' clause must not be null.",
                        condExpr.range(), range());
                return Value.DYNAMIC;
            }
            marks.addAll(probe.marks());
            try {
                ValueOps.convert(probe.unmark(), Type.BOOL);
            } catch (ValueOps.ConversionFailure e) {
                error(diags, "Invalid 'for' condition", "The 'if' clause value is invalid: " + e.getMessage() + ".",
                        condExpr.range(), range());
                return Value.DYNAMIC;
            }
            if (condDiags.hasErrors()) {
                return Value.DYNAMIC;
            }
        }
        if (!coll.isKnown()) {
            return Value.DYNAMIC.withMarks(marks);
        }
        Iteration it = new Iteration(ctx, diags, marks);
        Value c = coll.unmark();
        if (c.type() instanceof Type.ObjectType || c.type() instanceof Type.MapType) {
            for (Map.Entry<String, Value> e : c.attributes().entrySet()) {
                it.visit(Value.string(e.getKey()), e.getValue());
            }
        } else if (c.type() instanceof Type.SetType) {
            for (Value e : c.elements()) {
                it.visit(e, e);
            }
        } else {
            List<Value> elems = c.elements();
            for (int i = 0; i < elems.size(); i++) {
                it.visit(Value.number(i), elems.get(i));
            }
        }
        return it.result();
    }

    /** The state of one evaluation loop. */
    private final class Iteration {
        private final EvalContext ctx;
        private final Diagnostics diags;
        private final Set<Mark> marks;
        private final List<Value> tupleVals = new ArrayList<>();
        private final Map<String, Value> objectVals = new LinkedHashMap<>();
        private final Map<String, List<Value>> groups = new LinkedHashMap<>();
        private boolean known = true;

        Iteration(EvalContext ctx, Diagnostics diags, Set<Mark> marks) {
            this.ctx = ctx;
            this.diags = diags;
            this.marks = marks;
        }

        void visit(Value k, Value v) {
            EvalContext child = child(ctx, k, v);
            if (condExpr != null && !include(child)) {
                return;
            }
            if (keyExpr == null) {
                tupleVals.add(valExpr.evaluate(child, diags));
                return;
            }
            Value keyRaw = keyExpr.evaluate(child, diags);
            if (keyRaw.isNull()) {
                report("Invalid object key", "Key expression in 'for' expression must not produce a null value.",
                        keyExpr);
                known = false;
                return;
            }
            marks.addAll(keyRaw.marks());
            if (!keyRaw.isKnown()) {
                known = false;
                return;
            }
            String key;
            try {
                key = ValueOps.convert(keyRaw.unmark(), Type.STRING).asString();
            } catch (ValueOps.ConversionFailure e) {
                report("Invalid object key", "The key expression produced an invalid result: " + e.getMessage() + ".",
                        keyExpr);
                known = false;
                return;
            }
            Value val = valExpr.evaluate(child, diags);
            if (group) {
                groups.computeIfAbsent(key, x -> new ArrayList<>()).add(val);
            } else if (objectVals.containsKey(key)) {
                error(diags, "Duplicate object key", "Two different items produced the key " + Quote.go(key)
                        + " in this 'for' expression. If duplicates are expected, use the ellipsis (...) after the "
                        + "value expression to enable grouping by key.", keyExpr.range(), range());
            } else {
                objectVals.put(key, val);
            }
        }

        private boolean include(EvalContext child) {
            Value raw = condExpr.evaluate(child, diags);
            if (raw.isNull()) {
                report("Invalid 'for' condition", "The value of the 'if' clause must not be null.", condExpr);
                known = false;
                return false;
            }
            marks.addAll(raw.marks());
            if (!raw.isKnown()) {
                known = false;
                return false;
            }
            Value b;
            try {
                b = ValueOps.convert(raw.unmark(), Type.BOOL);
            } catch (ValueOps.ConversionFailure e) {
                report("Invalid 'for' condition", "The 'if' clause value is invalid: " + e.getMessage() + ".",
                        condExpr);
                known = false;
                return false;
            }
            return b.asBool();
        }

        /** Reports only the first of a run of per-element errors, as hashicorp/hcl does. */
        private void report(String summary, String detail, Expr subject) {
            if (known) {
                error(diags, summary, detail, subject.range(), range());
            }
        }

        Value result() {
            if (!known) {
                return Value.DYNAMIC.withMarks(marks);
            }
            if (keyExpr == null) {
                return Value.tuple(tupleVals).withMarks(marks);
            }
            if (group) {
                Map<String, Value> grouped = new LinkedHashMap<>();
                groups.forEach((k, vs) -> grouped.put(k, Value.tuple(vs)));
                return Value.object(grouped).withMarks(marks);
            }
            return Value.object(objectVals).withMarks(marks);
        }
    }
}
