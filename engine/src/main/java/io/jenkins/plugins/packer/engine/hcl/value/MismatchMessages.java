package io.jenkins.plugins.packer.engine.hcl.value;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** cty's English explanations of why one type does not convert to another (convert.MismatchMessage). */
final class MismatchMessages {

    private MismatchMessages() {
    }

    static String of(Type got, Type want) {
        if (got instanceof Type.ObjectType go && want instanceof Type.ObjectType wo) {
            return objects(go, wo);
        }
        if (got instanceof Type.TupleType && want instanceof Type.ListType l && l.element().isDynamic()) {
            return "all list elements must have the same type";
        }
        if (got instanceof Type.TupleType && want instanceof Type.SetType s && s.element().isDynamic()) {
            return "all set elements must have the same type";
        }
        if (got instanceof Type.ObjectType && want instanceof Type.MapType m && m.element().isDynamic()) {
            return "all map elements must have the same type";
        }
        if ((got instanceof Type.TupleType || got instanceof Type.ObjectType) && want.isCollection()) {
            return collectionsFromStructural(got, want);
        }
        if (got.isCollection() && want.isCollection()) {
            return collectionsFromCollections(got, want);
        }
        return constraintName(want) + " required";
    }

    /** cty's FriendlyNameForConstraint: like the friendly name, but {@code any} reads "any type". */
    static String constraintName(Type t) {
        if (t.isDynamic()) {
            return "any type";
        }
        if (t.isCollection()) {
            Type el = TypeOps.elementType(t);
            String elName = el.isDynamic() ? "any single type" : constraintName(el);
            String kind = t instanceof Type.ListType ? "list" : t instanceof Type.SetType ? "set" : "map";
            return kind + " of " + elName;
        }
        return t.friendlyName();
    }

    private static String objects(Type.ObjectType got, Type.ObjectType want) {
        List<String> missing = new ArrayList<>();
        String unsafeMismatch = null;
        String safeMismatch = null;
        for (Map.Entry<String, Type> e : want.attributes().entrySet()) {
            String name = e.getKey();
            Type gotAttr = got.attributes().get(name);
            if (gotAttr == null) {
                if (!want.optional().contains(name)) {
                    missing.add(name);
                }
                continue;
            }
            if (unsafeMismatch != null) {
                continue;
            }
            if (Conversions.get(gotAttr, e.getValue(), true) == null) {
                unsafeMismatch = "attribute " + Quote.go(name) + ": " + of(gotAttr, e.getValue());
            }
            if (safeMismatch == null && Conversions.get(gotAttr, e.getValue(), false) == null) {
                safeMismatch = "attribute " + Quote.go(name) + ": " + of(gotAttr, e.getValue());
            }
        }
        if (!missing.isEmpty()) {
            Collections.sort(missing);
            if (missing.size() == 1) {
                return "attribute " + Quote.go(missing.get(0)) + " is required";
            }
            if (missing.size() == 2) {
                return "attributes " + Quote.go(missing.get(0)) + " and " + Quote.go(missing.get(1)) + " are required";
            }
            StringBuilder sb = new StringBuilder("attributes ");
            for (int i = 0; i < missing.size() - 1; i++) {
                sb.append(Quote.go(missing.get(i))).append(", ");
            }
            return sb.append("and ").append(Quote.go(missing.get(missing.size() - 1))).append(" are required")
                    .toString();
        }
        if (unsafeMismatch != null) {
            return unsafeMismatch;
        }
        if (safeMismatch != null) {
            return safeMismatch;
        }
        return "incorrect object attributes";
    }

    private static String collectionsFromStructural(Type got, Type want) {
        if ((want instanceof Type.ListType || want instanceof Type.SetType) && !(got instanceof Type.TupleType)
                || want instanceof Type.MapType && !(got instanceof Type.ObjectType)) {
            return constraintName(want) + " required";
        }
        Type wantEl = TypeOps.elementType(want);
        if (got instanceof Type.TupleType t) {
            for (int i = 0; i < t.elements().size(); i++) {
                Type gotEl = t.elements().get(i);
                if (!gotEl.equals(wantEl) && Conversions.get(gotEl, wantEl, true) == null) {
                    return "element " + i + ": " + of(gotEl, wantEl);
                }
            }
        } else {
            for (Map.Entry<String, Type> e : ((Type.ObjectType) got).attributes().entrySet()) {
                if (!e.getValue().equals(wantEl) && Conversions.get(e.getValue(), wantEl, true) == null) {
                    return "element " + Quote.go(e.getKey()) + ": " + of(e.getValue(), wantEl);
                }
            }
        }
        return "all elements must be " + constraintName(wantEl);
    }

    private static String collectionsFromCollections(Type got, Type want) {
        boolean gotSeq = got instanceof Type.ListType || got instanceof Type.SetType;
        if ((want instanceof Type.ListType || want instanceof Type.SetType) && !gotSeq
                || want instanceof Type.MapType && !(got instanceof Type.MapType)) {
            return constraintName(want) + " required";
        }
        String noun = want instanceof Type.ListType ? "list element type"
                : want instanceof Type.SetType ? "set element type" : "map element type";
        return "incorrect " + noun + ": " + of(TypeOps.elementType(got), TypeOps.elementType(want));
    }
}
