package io.jenkins.plugins.packer.engine.hcl.value;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The canonical order of set elements, as cty iterates sets: known values before unknown ones, non-null
 * before null; strings by code point (Go's byte order of UTF-8), numbers numerically, false before true.
 * Collections and structures, whose order cty leaves undefined, get a deterministic structural order.
 */
final class SetOrder implements Comparator<Value> {

    static final SetOrder INSTANCE = new SetOrder();

    private SetOrder() {
    }

    @Override
    public int compare(Value a, Value b) {
        if (a.isKnown() != b.isKnown()) {
            return a.isKnown() ? -1 : 1;
        }
        if (!a.isKnown()) {
            return a.type().toString().compareTo(b.type().toString());
        }
        if (a.isNull() != b.isNull()) {
            return a.isNull() ? 1 : -1;
        }
        if (a.isNull()) {
            return a.type().toString().compareTo(b.type().toString());
        }
        Type ta = a.type();
        Type tb = b.type();
        if (!ta.equals(tb)) {
            return ta.toString().compareTo(tb.toString());
        }
        if (ta == Type.STRING) {
            return compareCodePoints(a.asString(), b.asString());
        }
        if (ta == Type.NUMBER) {
            BigDecimal na = a.asNumber();
            return na.compareTo(b.asNumber());
        }
        if (ta == Type.BOOL) {
            return Boolean.compare(a.asBool(), b.asBool());
        }
        if (ta instanceof Type.MapType || ta instanceof Type.ObjectType) {
            return compareMaps(a.attributes(), b.attributes());
        }
        return compareLists(a.elements(), b.elements());
    }

    static int compareCodePoints(String a, String b) {
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
    }

    private int compareLists(List<Value> a, List<Value> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private int compareMaps(Map<String, Value> a, Map<String, Value> b) {
        Iterator<Map.Entry<String, Value>> ia = a.entrySet().iterator();
        Iterator<Map.Entry<String, Value>> ib = b.entrySet().iterator();
        while (ia.hasNext() && ib.hasNext()) {
            Map.Entry<String, Value> ea = ia.next();
            Map.Entry<String, Value> eb = ib.next();
            int c = compareCodePoints(ea.getKey(), eb.getKey());
            if (c == 0) {
                c = compare(ea.getValue(), eb.getValue());
            }
            if (c != 0) {
                return c;
            }
        }
        return Boolean.compare(ia.hasNext(), ib.hasNext());
    }
}
