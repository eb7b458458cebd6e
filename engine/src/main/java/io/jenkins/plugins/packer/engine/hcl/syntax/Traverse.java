package io.jenkins.plugins.packer.engine.hcl.syntax;

import io.jenkins.plugins.packer.engine.hcl.value.Quote;
import io.jenkins.plugins.packer.engine.hcl.NameSuggestion;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.Traversal;
import io.jenkins.plugins.packer.engine.hcl.value.Mark;
import io.jenkins.plugins.packer.engine.hcl.value.OperationException;
import io.jenkins.plugins.packer.engine.hcl.value.Operations;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Traversals with hashicorp/hcl's semantics and diagnostics ({@code Traversal.TraverseAbs}/{@code TraverseRel}):
 * variable lookup with suggestions, then attribute and index steps through {@link Operations}, stopping at the
 * first error.
 */
final class Traverse {

    private Traverse() {
    }

    /** Looks up the root variable of {@code t} in {@code ctx} and applies the remaining steps. */
    static Value absolute(Traversal t, EvalContext ctx, Diagnostics diags) {
        Traversal.Root root = (Traversal.Root) t.steps().get(0);
        Value v = ctx.variable(root.name());
        if (v == null) {
            if (!ctx.hasVariables()) {
                diags.error("Variables not allowed", "Variables may not be used here.", root.range());
            } else {
                diags.error("Unknown variable", "There is no variable named " + Quote.go(root.name()) + "."
                        + NameSuggestion.didYouMean(root.name(), ctx.variableNames()), root.range());
            }
            return Value.DYNAMIC;
        }
        return relative(v, t.steps().subList(1, t.steps().size()), diags);
    }

    /** Applies {@code steps} to {@code v}; stops with {@link Value#DYNAMIC} at the first error. */
    static Value relative(Value v, List<Traversal.Step> steps, Diagnostics diags) {
        Value cur = v;
        for (Traversal.Step s : steps) {
            Diagnostics stepDiags = new Diagnostics();
            cur = step(cur, s, stepDiags);
            diags.addAll(stepDiags);
            if (stepDiags.hasErrors()) {
                return Value.DYNAMIC;
            }
        }
        return cur;
    }

    static Value step(Value v, Traversal.Step s, Diagnostics diags) {
        if (s instanceof Traversal.Attr a) {
            return getAttr(v, a.name(), a.range(), diags);
        }
        if (s instanceof Traversal.Index i) {
            return index(v, i.key(), i.range(), diags);
        }
        diags.error("Cannot evaluate traversal pattern", "This is a pattern for matching against traversals "
                + "rather than a concrete traversal, so it cannot be directly evaluated.", s.range());
        return Value.DYNAMIC;
    }

    static Set<Mark> union(Set<Mark> a, Set<Mark> b) {
        if (b.isEmpty()) {
            return a;
        }
        if (a.isEmpty()) {
            return b;
        }
        EnumSet<Mark> all = EnumSet.copyOf(a);
        all.addAll(b);
        return all;
    }

    /** {@code collection[key]}; errors are reported on {@code rng}. */
    static Value index(Value collection, Value key, Range rng, Diagnostics diags) {
        try {
            return Operations.index(collection, key);
        } catch (OperationException e) {
            diags.error(e.summary(), e.detail(), rng);
            return Value.DYNAMIC;
        }
    }

    /** {@code obj.name}; errors are reported on {@code rng}. */
    static Value getAttr(Value obj, String name, Range rng, Diagnostics diags) {
        try {
            return Operations.getAttr(obj, name);
        } catch (OperationException e) {
            diags.error(e.summary(), e.detail(), rng);
            return Value.DYNAMIC;
        }
    }

    static Type elementType(Type t) {
        if (t instanceof Type.ListType l) {
            return l.element();
        }
        if (t instanceof Type.SetType s) {
            return s.element();
        }
        if (t instanceof Type.MapType m) {
            return m.element();
        }
        return Type.DYNAMIC;
    }
}
