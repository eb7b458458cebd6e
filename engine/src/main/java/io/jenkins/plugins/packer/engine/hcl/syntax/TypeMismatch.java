package io.jenkins.plugins.packer.engine.hcl.syntax;

import io.jenkins.plugins.packer.engine.hcl.value.Quote;

import io.jenkins.plugins.packer.engine.hcl.value.Type;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Explains why the two results of a conditional have no common type, with hashicorp/hcl's wording
 * ({@code describeConditionalTypeMismatch}).
 */
final class TypeMismatch {

    private TypeMismatch() {
    }

    static String describe(Type t, Type f) {
        if (t instanceof Type.ObjectType to && f instanceof Type.ObjectType fo) {
            Map<String, Type> ta = to.attributes();
            Map<String, Type> fa = fo.attributes();
            for (String name : new TreeSet<>(ta.keySet())) {
                if (!fa.containsKey(name)) {
                    return "The 'true' value includes object attribute " + Quote.go(name)
                            + ", which is absent in the 'false' value";
                }
                if (!ta.get(name).equals(fa.get(name))) {
                    return "Type mismatch for object attribute " + Quote.go(name) + ": "
                            + describe(ta.get(name), fa.get(name));
                }
            }
            for (String name : new TreeSet<>(fa.keySet())) {
                if (!ta.containsKey(name)) {
                    return "The 'false' value includes object attribute " + Quote.go(name)
                            + ", which is absent in the 'true' value";
                }
            }
        } else if (t instanceof Type.TupleType tt && f instanceof Type.TupleType ft) {
            List<Type> te = tt.elements();
            List<Type> fe = ft.elements();
            if (te.size() != fe.size()) {
                return "The 'true' tuple has length " + te.size() + ", but the 'false' tuple has length " + fe.size();
            }
            for (int i = 0; i < te.size(); i++) {
                if (!te.get(i).equals(fe.get(i))) {
                    return "Type mismatch for tuple element " + i + ": " + describe(te.get(i), fe.get(i));
                }
            }
        } else if (t.isCollection() && f.isCollection() && t.getClass() == f.getClass()) {
            Type te = Traverse.elementType(t);
            Type fe = Traverse.elementType(f);
            boolean structural = (te instanceof Type.ObjectType && fe instanceof Type.ObjectType)
                    || (te instanceof Type.TupleType && fe instanceof Type.TupleType);
            if (structural) {
                String noun = t instanceof Type.ListType ? "list" : t instanceof Type.SetType ? "set" : "map";
                return "Mismatched " + noun + " element types: " + describe(te, fe);
            }
        }
        if (t.friendlyName().equals(f.friendlyName())) {
            return "At least one deeply-nested attribute or element is not compatible across both the 'true' and "
                    + "the 'false' value";
        }
        return "The 'true' value is " + t.friendlyName() + ", but the 'false' value is " + f.friendlyName();
    }
}
