package io.jenkins.plugins.packer.engine.hcl.syntax;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.Traversal;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A splat: {@code source[*].a[0]} (full) or {@code source.*.a} (attribute-only). {@code each} is the
 * traversal after the marker, applied to every element through the {@link AnonSymbolExpr} {@code item}. A
 * value that is not a sequence is treated as a one-element tuple, and null as an empty tuple.
 */
final class SplatExpr extends Expr {

    private final Expr source;
    private final Expr each;
    private final AnonSymbolExpr item;
    private final Range markerRange;

    SplatExpr(Expr source, Expr each, AnonSymbolExpr item, Range range, Range markerRange) {
        super(range, source, each);
        this.source = source;
        this.each = each;
        this.item = item;
        this.markerRange = markerRange;
    }

    @Override
    public Range startRange() {
        return markerRange;
    }

    @Override
    void collectVariables(List<Traversal> out, Set<String> locals) {
        source.collectVariables(out, locals);
        each.collectVariables(out, locals);
    }

    @Override
    Value evaluate(EvalContext ctx, Diagnostics diags) {
        Diagnostics srcDiags = new Diagnostics();
        Value src = source.evaluate(ctx, srcDiags);
        diags.addAll(srcDiags);
        if (srcDiags.hasErrors()) {
            return Value.DYNAMIC;
        }
        Type ty = src.type();
        boolean sequence = ty instanceof Type.TupleType || ty instanceof Type.ListType || ty instanceof Type.SetType;
        if (src.isNull()) {
            if (!sequence) {
                return Value.EMPTY_TUPLE.withMarks(src.marks());
            }
            error(diags, "Splat of null value",
                    "Splat expressions (with the * symbol) cannot be applied to null sequences.", source.range(),
                    Range.between(source.range(), markerRange));
            return Value.DYNAMIC;
        }
        if (ty.isDynamic()) {
            return Value.DYNAMIC;
        }
        boolean upgradedUnknown = false;
        if (!sequence) {
            upgradedUnknown = !src.isKnown();
            src = Value.tuple(List.of(src));
            ty = src.type();
        }
        EvalContext inner = ctx.child(Map.of());
        try {
            if (!src.isKnown()) {
                return Value.unknown(resultType(inner, ty, new Diagnostics())).withMarks(src.marks());
            }
            Value s = src.unmark();
            List<Value> vals = new ArrayList<>(s.length());
            boolean known = true;
            for (Value elem : s.elements()) {
                item.bind(inner, elem);
                Diagnostics itemDiags = new Diagnostics();
                vals.add(each.evaluate(inner, itemDiags));
                diags.addAll(itemDiags);
                known &= !itemDiags.hasErrors();
            }
            if (upgradedUnknown) {
                return Value.DYNAMIC;
            }
            if (!known) {
                return Value.unknown(resultType(inner, ty, new Diagnostics()));
            }
            if (ty instanceof Type.ListType || ty instanceof Type.SetType) {
                if (vals.isEmpty()) {
                    Type rt = resultType(inner, ty, diags);
                    return Value.list(Traverse.elementType(rt), List.of()).withMarks(src.marks());
                }
                return ValueOps.listOf(vals).withMarks(src.marks());
            }
            return Value.tuple(vals).withMarks(src.marks());
        } finally {
            item.unbind(inner);
        }
    }

    /** The type the result would have, found by applying {@code each} to unknown elements. */
    private Type resultType(EvalContext inner, Type sourceType, Diagnostics diags) {
        if (sourceType instanceof Type.ListType || sourceType instanceof Type.SetType) {
            item.bind(inner, Value.unknown(Traverse.elementType(sourceType)));
            return Type.list(each.evaluate(inner, diags).type());
        }
        if (sourceType instanceof Type.TupleType tt) {
            List<Type> types = new ArrayList<>();
            for (Type et : tt.elements()) {
                item.bind(inner, Value.unknown(et));
                types.add(each.evaluate(inner, diags).type());
            }
            return Type.tuple(types);
        }
        return Type.DYNAMIC;
    }
}
