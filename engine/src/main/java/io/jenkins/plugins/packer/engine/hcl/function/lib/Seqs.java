package io.jenkins.plugins.packer.engine.hcl.function.lib;

import io.jenkins.plugins.packer.engine.hcl.value.Type;
import java.util.Comparator;

/** Small type tests and helpers shared by the collection functions. */
final class Seqs {

    private Seqs() {
    }

    static boolean isList(Type t) {
        return t instanceof Type.ListType;
    }

    static boolean isSet(Type t) {
        return t instanceof Type.SetType;
    }

    static boolean isTuple(Type t) {
        return t instanceof Type.TupleType;
    }

    static boolean isMap(Type t) {
        return t instanceof Type.MapType;
    }

    static boolean isObject(Type t) {
        return t instanceof Type.ObjectType;
    }

    /** The element type of a list, set or map type; {@code any} for anything else. */
    static Type elementOf(Type t) {
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

    /** Go's string order (UTF-8 bytes), which is code point order. */
    static final Comparator<String> GO_STRING_ORDER = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };
}
