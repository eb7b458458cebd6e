package io.jenkins.plugins.packer.engine.hcl.value;

import java.math.BigDecimal;
import java.text.BreakIterator;
import java.util.Set;

/** HCL's index and attribute operators (hcl.Index, hcl.GetAttr) and the length of a value. */
final class Indexing {

    private static final String INVALID_INDEX = "Invalid index";
    private static final String UNSUPPORTED_ATTR = "Unsupported attribute";
    private static final String NOT_IDENTIFIED = "The given key does not identify an element in this collection value";

    private Indexing() {
    }

    static Value index(Value collection, Value key) throws OperationException {
        if (collection.isNull()) {
            throw whole("Attempt to index null value", "This value is null, so it does not have any indices.");
        }
        if (key.isNull()) {
            throw whole(INVALID_INDEX, "Can't use a null value as an indexing key.");
        }
        Type ty = collection.type();
        if (ty.isDynamic() || key.type().isDynamic()) {
            return Value.DYNAMIC.withMarks(collection.marks());
        }
        Set<Mark> marks = Marks.union(collection, key);
        if (ty instanceof Type.ListType || ty instanceof Type.TupleType || ty instanceof Type.MapType) {
            boolean sequence = !(ty instanceof Type.MapType);
            Value k = convertKey(key, sequence ? Type.NUMBER : Type.STRING);
            if (!collection.isKnown() || !k.isKnown()) {
                Type el = ty instanceof Type.TupleType ? Type.DYNAMIC : TypeOps.elementType(ty);
                return Value.unknown(el).withMarks(collection.marks());
            }
            return sequence ? sequenceElement(collection, k, marks) : mapElement(collection, k, marks);
        }
        if (ty instanceof Type.ObjectType ot) {
            boolean wasNumber = key.type() == Type.NUMBER;
            Value k = convertKey(key, Type.STRING);
            if (!k.isKnown()) {
                return Value.DYNAMIC.withMarks(collection.marks());
            }
            String name = k.asString();
            if (!ot.attributes().containsKey(name)) {
                throw whole(INVALID_INDEX, NOT_IDENTIFIED + "." + (wasNumber
                        ? " An object only supports looking up attributes by name, not by numeric index." : ""));
            }
            if (!collection.isKnown()) {
                return Value.unknown(ot.attributes().get(name)).withMarks(collection.marks());
            }
            return collection.attributes().get(name).withMarks(marks);
        }
        if (ty instanceof Type.SetType) {
            throw whole(INVALID_INDEX, "Elements of a set are identified only by their value and don't have any "
                    + "separate index or key to select with, so it's only possible to perform operations across "
                    + "all elements of the set.");
        }
        throw whole(INVALID_INDEX, "This value does not have any indices.");
    }

    private static Value convertKey(Value key, Type want) throws OperationException {
        try {
            return Convert.convert(key, want);
        } catch (ConversionException e) {
            throw whole(INVALID_INDEX, NOT_IDENTIFIED + ": " + e.getMessage() + ".");
        }
    }

    private static Value sequenceElement(Value collection, Value key, Set<Mark> marks) throws OperationException {
        BigDecimal n = key.asNumber();
        int size = collection.elements().size();
        if (n.signum() != 0 && n.stripTrailingZeros().scale() > 0) {
            throw whole(INVALID_INDEX, NOT_IDENTIFIED + ": indexing a sequence requires a whole number, but the "
                    + "given index has a fractional part.");
        }
        if (n.signum() < 0) {
            throw whole(INVALID_INDEX, NOT_IDENTIFIED + ": a negative number is not a valid index for a sequence.");
        }
        if (n.compareTo(BigDecimal.valueOf(size)) >= 0) {
            if (collection.isMarked()) {
                throw whole(INVALID_INDEX, NOT_IDENTIFIED + ".");
            }
            throw whole(INVALID_INDEX, NOT_IDENTIFIED + (size == 0 ? ": the collection has no elements."
                    : ": the given index is greater than or equal to the length of the collection."));
        }
        return collection.elements().get(n.intValueExact()).withMarks(marks);
    }

    private static Value mapElement(Value collection, Value key, Set<Mark> marks) throws OperationException {
        Value v = collection.attributes().get(key.asString());
        if (v == null) {
            throw whole(INVALID_INDEX, NOT_IDENTIFIED + ".");
        }
        return v.withMarks(marks);
    }

    static Value getAttr(Value obj, String name) throws OperationException {
        if (obj.isNull()) {
            throw whole("Attempt to get attribute from null value",
                    "This value is null, so it does not have any attributes.");
        }
        Type ty = obj.type();
        if (ty instanceof Type.ObjectType ot) {
            Type at = ot.attributes().get(name);
            if (at == null) {
                throw whole(UNSUPPORTED_ATTR, "This object does not have an attribute named " + Quote.go(name) + ".");
            }
            if (!obj.isKnown()) {
                return Value.unknown(at).withMarks(obj.marks());
            }
            return obj.attributes().get(name).withMarks(obj.marks());
        }
        if (ty instanceof Type.MapType mt) {
            if (!obj.isKnown()) {
                return Value.unknown(mt.element()).withMarks(obj.marks());
            }
            Value v = obj.attributes().get(name);
            if (v == null) {
                throw whole("Missing map element",
                        "This map does not have an element with the key " + Quote.go(name) + ".");
            }
            return v.withMarks(obj.marks());
        }
        if (ty.isDynamic()) {
            return Value.DYNAMIC.withMarks(obj.marks());
        }
        if (ty instanceof Type.ListType lt && lt.element() instanceof Type.ObjectType eo) {
            if (eo.attributes().containsKey(name)) {
                throw whole(UNSUPPORTED_ATTR, "Can't access attributes on a list of objects. Did you mean to access "
                        + "attribute " + Quote.go(name) + " for a specific element of the list, or across all "
                        + "elements of the list?");
            }
            throw whole(UNSUPPORTED_ATTR, "Can't access attributes on a list of objects. Did you mean to access an "
                    + "attribute for a specific element of the list, or across all elements of the list?");
        }
        if (ty instanceof Type.SetType st && st.element() instanceof Type.ObjectType) {
            throw whole(UNSUPPORTED_ATTR, "Can't access attributes on a set of objects. Did you mean to access an "
                    + "attribute across all elements of the set?");
        }
        if (ty.isPrimitive()) {
            throw whole(UNSUPPORTED_ATTR,
                    "Can't access attributes on a primitive-typed value (" + ty.friendlyName() + ").");
        }
        throw whole(UNSUPPORTED_ATTR, "This value does not have any attributes.");
    }

    static Value length(Value v) throws OperationException {
        Type ty = v.type();
        boolean ok = ty == Type.STRING || ty.isDynamic() || ty.isCollection() || ty instanceof Type.TupleType
                || ty instanceof Type.ObjectType;
        if (!ok) {
            throw new OperationException("Invalid function argument", "Invalid value for \"value\" parameter: "
                    + "argument must be a string, a collection type, or a structural type.", 0);
        }
        if (v.isNull()) {
            throw new OperationException("Invalid function argument",
                    "Invalid value for \"value\" parameter: argument must not be null.", 0);
        }
        if (ty instanceof Type.TupleType tt) {
            return Value.number(tt.elements().size()).withMarks(v.marks());
        }
        if (ty instanceof Type.ObjectType ot) {
            return Value.number(ot.attributes().size()).withMarks(v.marks());
        }
        if (!v.isKnown() || ty instanceof Type.SetType && !v.isWhollyKnown()) {
            return Value.unknown(Type.NUMBER).withMarks(v.marks());
        }
        if (ty == Type.STRING) {
            return Value.number(graphemes(v.asString())).withMarks(v.marks());
        }
        return Value.number(v.length()).withMarks(v.marks());
    }

    /** Number of user-perceived characters (grapheme clusters), as cty's strlen counts. */
    static int graphemes(String s) {
        BreakIterator it = BreakIterator.getCharacterInstance();
        it.setText(s);
        int count = 0;
        while (it.next() != BreakIterator.DONE) {
            count++;
        }
        return count;
    }

    private static OperationException whole(String summary, String detail) {
        return new OperationException(summary, detail, OperationException.WHOLE);
    }
}
