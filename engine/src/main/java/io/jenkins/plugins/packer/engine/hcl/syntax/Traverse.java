package io.jenkins.plugins.packer.engine.hcl.syntax;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.Traversal;
import io.jenkins.plugins.packer.engine.hcl.value.Mark;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The index ({@code c[k]}) and attribute ({@code o.a}) operations with hashicorp/hcl's semantics and
 * diagnostics ({@code hcl.Index}, {@code hcl.GetAttr}, {@code Traversal.TraverseAbs}): null, unknown and
 * dynamic values, the marks of the collection and of the key carried to the result.
 */
final class Traverse {

    private static final String INVALID_INDEX = "Invalid index";
    private static final String NO_ELEMENT = "The given key does not identify an element in this collection value";

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

    static Value index(Value collection, Value key, Range rng, Diagnostics diags) {
        if (collection.isNull()) {
            diags.error("Attempt to index null value", "This value is null, so it does not have any indices.", rng);
            return Value.DYNAMIC;
        }
        if (key.isNull()) {
            diags.error(INVALID_INDEX, "Can't use a null value as an indexing key.", rng);
            return Value.DYNAMIC;
        }
        Type ty = collection.type();
        Set<Mark> marks = union(collection.marks(), key.marks());
        if (key.type().isDynamic() || ty.isDynamic()) {
            return Value.DYNAMIC.withMarks(marks);
        }
        Value coll = collection.unmark();
        Value k = key.unmark();
        if (ty instanceof Type.ListType || ty instanceof Type.TupleType || ty instanceof Type.MapType) {
            boolean sequence = !(ty instanceof Type.MapType);
            Value ck;
            try {
                ck = ValueOps.convert(k, sequence ? Type.NUMBER : Type.STRING);
            } catch (ValueOps.ConversionFailure e) {
                diags.error(INVALID_INDEX, NO_ELEMENT + ": " + e.getMessage() + ".", rng);
                return Value.DYNAMIC;
            }
            if (!coll.isKnown() || !ck.isKnown()) {
                if (ty instanceof Type.TupleType) {
                    return Value.DYNAMIC.withMarks(marks);
                }
                return Value.unknown(elementType(ty)).withMarks(marks);
            }
            if (sequence) {
                return indexSequence(coll, ck.asNumber(), collection.isMarked(), rng, diags, marks);
            }
            Value found = coll.attributes().get(ck.asString());
            if (found == null) {
                diags.error(INVALID_INDEX, NO_ELEMENT + ".", rng);
                return Value.DYNAMIC;
            }
            return found.withMarks(marks);
        }
        if (ty instanceof Type.ObjectType ot) {
            boolean wasNumber = k.type() == Type.NUMBER;
            Value ck;
            try {
                ck = ValueOps.convert(k, Type.STRING);
            } catch (ValueOps.ConversionFailure e) {
                diags.error(INVALID_INDEX, NO_ELEMENT + ": " + e.getMessage() + ".", rng);
                return Value.DYNAMIC;
            }
            if (!ck.isKnown()) {
                return Value.DYNAMIC.withMarks(marks);
            }
            String name = ck.asString();
            Type attrType = ot.attributes().get(name);
            if (attrType == null) {
                diags.error(INVALID_INDEX, NO_ELEMENT + "." + (wasNumber
                        ? " An object only supports looking up attributes by name, not by numeric index." : ""), rng);
                return Value.DYNAMIC;
            }
            if (!coll.isKnown()) {
                return Value.unknown(attrType).withMarks(marks);
            }
            return coll.attributes().get(name).withMarks(marks);
        }
        if (ty instanceof Type.SetType) {
            diags.error(INVALID_INDEX, "Elements of a set are identified only by their value and don't have any "
                    + "separate index or key to select with, so it's only possible to perform operations across all "
                    + "elements of the set.", rng);
            return Value.DYNAMIC;
        }
        diags.error(INVALID_INDEX, "This value does not have any indices.", rng);
        return Value.DYNAMIC;
    }

    private static Value indexSequence(Value coll, BigDecimal n, boolean collMarked, Range rng, Diagnostics diags,
            Set<Mark> marks) {
        List<Value> elems = coll.elements();
        boolean whole = n.signum() == 0 || n.stripTrailingZeros().scale() <= 0;
        if (whole && n.signum() >= 0 && n.compareTo(BigDecimal.valueOf(elems.size())) < 0) {
            return elems.get(n.intValueExact()).withMarks(marks);
        }
        if (!whole) {
            diags.error(INVALID_INDEX, NO_ELEMENT + ": indexing a sequence requires a whole number, but the given "
                    + "index has a fractional part.", rng);
        } else if (n.signum() < 0) {
            diags.error(INVALID_INDEX, NO_ELEMENT + ": a negative number is not a valid index for a sequence.", rng);
        } else if (collMarked) {
            diags.error(INVALID_INDEX, NO_ELEMENT + ".", rng);
        } else if (elems.isEmpty()) {
            diags.error(INVALID_INDEX, NO_ELEMENT + ": the collection has no elements.", rng);
        } else {
            diags.error(INVALID_INDEX, NO_ELEMENT + ": the given index is greater than or equal to the length of "
                    + "the collection.", rng);
        }
        return Value.DYNAMIC;
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

    static Value getAttr(Value obj, String name, Range rng, Diagnostics diags) {
        if (obj.isNull()) {
            diags.error("Attempt to get attribute from null value",
                    "This value is null, so it does not have any attributes.", rng);
            return Value.DYNAMIC;
        }
        Type ty = obj.type();
        Set<Mark> marks = obj.marks();
        Value o = obj.unmark();
        String unsupported = "Unsupported attribute";
        if (ty instanceof Type.ObjectType ot) {
            Type at = ot.attributes().get(name);
            if (at == null) {
                diags.error(unsupported, "This object does not have an attribute named " + Quote.go(name) + ".", rng);
                return Value.DYNAMIC;
            }
            return o.isKnown() ? o.attributes().get(name).withMarks(marks) : Value.unknown(at).withMarks(marks);
        }
        if (ty instanceof Type.MapType mt) {
            if (!o.isKnown()) {
                return Value.unknown(mt.element()).withMarks(marks);
            }
            Value found = o.attributes().get(name);
            if (found == null) {
                diags.error("Missing map element", "This map does not have an element with the key "
                        + Quote.go(name) + ".", rng);
                return Value.DYNAMIC;
            }
            return found.withMarks(marks);
        }
        if (ty.isDynamic()) {
            return Value.DYNAMIC.withMarks(marks);
        }
        if (ty instanceof Type.ListType lt && lt.element() instanceof Type.ObjectType et) {
            if (et.attributes().containsKey(name)) {
                diags.error(unsupported, "Can't access attributes on a list of objects. Did you mean to access "
                        + "attribute " + Quote.go(name) + " for a specific element of the list, or across all elements "
                        + "of the list?", rng);
            } else {
                diags.error(unsupported, "Can't access attributes on a list of objects. Did you mean to access an "
                        + "attribute for a specific element of the list, or across all elements of the list?", rng);
            }
            return Value.DYNAMIC;
        }
        if (ty instanceof Type.SetType st && st.element() instanceof Type.ObjectType) {
            diags.error(unsupported, "Can't access attributes on a set of objects. Did you mean to access an "
                    + "attribute across all elements of the set?", rng);
            return Value.DYNAMIC;
        }
        if (ty.isPrimitive()) {
            diags.error(unsupported, "Can't access attributes on a primitive-typed value (" + ty.friendlyName()
                    + ").", rng);
            return Value.DYNAMIC;
        }
        diags.error(unsupported, "This value does not have any attributes.", rng);
        return Value.DYNAMIC;
    }
}
