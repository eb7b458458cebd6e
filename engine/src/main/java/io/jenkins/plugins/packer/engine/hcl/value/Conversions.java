package io.jenkins.plugins.packer.engine.hcl.value;

import java.util.List;

/**
 * Plans conversions between types as cty's convert package does: {@link #get} returns null when no conversion
 * exists, otherwise a {@link Conversion} that may still fail on a particular value (an unsafe conversion such
 * as string to number). Safe conversions never fail; unsafe ones are allowed only when {@code unsafe} is set.
 */
final class Conversions {

    private Conversions() {
    }

    static Conversion get(Type in, Type out, boolean unsafe) {
        Conversion conv = known(in, out, unsafe);
        if (conv == null) {
            return null;
        }
        return new Conversion() {
            @Override
            public Value apply(Value v, List<Object> path) throws ConversionException {
                if (v.isMarked()) {
                    return apply(v.unmark(), path).withMarks(v.marks());
                }
                if (out.isDynamic()) {
                    return v;
                }
                if (!v.isKnown() || v.isNull()) {
                    Type target = TypeOps.dynamicReplace(v.type(), TypeOps.withoutOptionalDeep(out));
                    return v.isKnown() ? Value.nullOf(target) : Value.unknown(target);
                }
                return conv.apply(v, path);
            }
        };
    }

    private static Conversion known(Type in, Type out, boolean unsafe) {
        if (out.isDynamic()) {
            return (v, path) -> v;
        }
        if (in.isDynamic()) {
            return unsafe ? dynamicFixup(out) : null;
        }
        if (in.isPrimitive() && out.isPrimitive()) {
            return PrimitiveConversions.get((Type.Primitive) in, (Type.Primitive) out, unsafe);
        }
        if (in instanceof Type.ObjectType io && out instanceof Type.ObjectType oo) {
            return StructuralConversions.objectToObject(io, oo, unsafe);
        }
        if (in instanceof Type.TupleType it && out instanceof Type.TupleType ot) {
            return StructuralConversions.tupleToTuple(it, ot, unsafe);
        }
        if (out instanceof Type.ListType ol && (in instanceof Type.ListType || in instanceof Type.SetType)) {
            Type inEl = TypeOps.elementType(in);
            if (inEl.equals(ol.element())) {
                return CollectionConversions.collectionToList(ol.element(), null, unsafe);
            }
            Conversion el = get(inEl, ol.element(), unsafe);
            return el == null ? null : CollectionConversions.collectionToList(ol.element(), el, unsafe);
        }
        if (out instanceof Type.SetType os && (in instanceof Type.ListType || in instanceof Type.SetType)) {
            if (in instanceof Type.ListType && !unsafe) {
                return null;
            }
            Type inEl = TypeOps.elementType(in);
            if (inEl.equals(os.element())) {
                return CollectionConversions.collectionToSet(os.element(), null, unsafe);
            }
            Conversion el = get(inEl, os.element(), unsafe);
            return el == null ? null : CollectionConversions.collectionToSet(os.element(), el, unsafe);
        }
        if (out instanceof Type.MapType om && in instanceof Type.MapType im) {
            Conversion el = get(im.element(), om.element(), unsafe);
            return el == null ? null : CollectionConversions.mapToMap(om.element(), el, unsafe);
        }
        if (out instanceof Type.ListType ol && in instanceof Type.TupleType it) {
            return StructuralConversions.tupleToCollection(it, ol, unsafe);
        }
        if (out instanceof Type.SetType os && in instanceof Type.TupleType it) {
            return StructuralConversions.tupleToCollection(it, os, unsafe);
        }
        if (out instanceof Type.MapType om && in instanceof Type.ObjectType io) {
            return StructuralConversions.objectToMap(io, om, unsafe);
        }
        if (out instanceof Type.ObjectType oo && in instanceof Type.MapType im) {
            return unsafe ? StructuralConversions.mapToObject(im, oo, unsafe) : null;
        }
        return null;
    }

    /** From a value typed {@code any} during planning: convert whatever it turns out to be. */
    private static Conversion dynamicFixup(Type out) {
        return (v, path) -> {
            Conversion c = get(v.type(), out, true);
            if (c == null) {
                throw new ConversionException(MismatchMessages.of(v.type(), out), path);
            }
            return c.apply(v, path);
        };
    }
}
