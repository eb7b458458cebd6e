package io.jenkins.plugins.packer.engine.hcl.value;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * cty's type unification (convert.Unify / UnifyUnsafe): the single type that all the given types convert
 * to, or null when there is none. Conversions to the result are planned by {@link Conversions}.
 */
final class Unification {

    private Unification() {
    }

    static Type unify(List<Type> types, boolean unsafe) {
        if (types.isEmpty()) {
            return null;
        }
        int maps = 0;
        int lists = 0;
        int sets = 0;
        int objects = 0;
        int tuples = 0;
        int dynamics = 0;
        for (Type t : types) {
            if (t instanceof Type.MapType) {
                maps++;
            } else if (t instanceof Type.ListType) {
                lists++;
            } else if (t instanceof Type.SetType) {
                sets++;
            } else if (t instanceof Type.ObjectType) {
                objects++;
            } else if (t instanceof Type.TupleType) {
                tuples++;
            } else if (t.isDynamic()) {
                dynamics++;
            }
        }
        int n = types.size();
        if (maps > 0 && maps + dynamics == n) {
            return collections(types, unsafe, dynamics > 0);
        } else if (maps > 0 && maps + objects + dynamics == n) {
            Type t = structuralAsCollection(types, Type.ObjectType.class, unsafe);
            if (t instanceof Type.MapType) {
                return t;
            }
        } else if (lists > 0 && lists + dynamics == n) {
            return collections(types, unsafe, dynamics > 0);
        } else if (lists > 0 && lists + tuples + dynamics == n) {
            Type t = structuralAsCollection(types, Type.TupleType.class, unsafe);
            if (t instanceof Type.ListType) {
                return t;
            }
        } else if (sets > 0 && sets + dynamics == n) {
            return collections(types, unsafe, dynamics > 0);
        } else if (objects > 0 && objects + dynamics == n) {
            return dynamics > 0 ? Type.DYNAMIC : objects(types, unsafe);
        } else if (tuples > 0 && tuples + dynamics == n) {
            return dynamics > 0 ? Type.DYNAMIC : tuples(types, unsafe);
        } else if (objects > 0 && tuples > 0) {
            return null;
        }
        for (int want : TypeOrder.sort(types)) {
            Type wantType = types.get(want);
            if (allConvert(types, wantType, unsafe)) {
                return wantType;
            }
        }
        return null;
    }

    private static boolean allConvert(List<Type> types, Type to, boolean unsafe) {
        for (Type t : types) {
            if (!t.equals(to) && Conversions.get(t, to, unsafe) == null) {
                return false;
            }
        }
        return true;
    }

    private static Type collections(List<Type> types, boolean unsafe, boolean hasDynamic) {
        if (hasDynamic) {
            return Type.DYNAMIC;
        }
        List<Type> elems = new ArrayList<>();
        for (Type t : types) {
            elems.add(TypeOps.elementType(t));
        }
        Type el = unify(elems, unsafe);
        if (el == null) {
            return null;
        }
        Type result = TypeOps.sameKind(types.get(0), el);
        return allConvert(types, result, unsafe) ? result : null;
    }

    /** Objects among maps unify as a map first; tuples among lists unify as a list first. */
    private static Type structuralAsCollection(List<Type> types, Class<? extends Type> kind, boolean unsafe) {
        List<Type> structurals = new ArrayList<>();
        for (Type t : types) {
            if (kind.isInstance(t)) {
                structurals.add(t);
            }
        }
        Type asCollection = kind == Type.ObjectType.class ? objectsToMap(structurals, unsafe)
                : tuplesToList(structurals, unsafe);
        if (asCollection == null) {
            return null;
        }
        List<Type> replaced = new ArrayList<>();
        for (Type t : types) {
            replaced.add(kind.isInstance(t) ? asCollection : t);
        }
        Type result = unify(replaced, unsafe);
        return result != null && result.getClass() == asCollection.getClass() ? result : null;
    }

    private static Type objects(List<Type> types, boolean unsafe) {
        Map<String, Type> first = ((Type.ObjectType) types.get(0)).attributes();
        for (Type t : types) {
            if (!((Type.ObjectType) t).attributes().keySet().equals(first.keySet())) {
                return objectsToMap(types, unsafe);
            }
        }
        Map<String, Type> attrs = new java.util.LinkedHashMap<>();
        for (String name : first.keySet()) {
            List<Type> across = new ArrayList<>();
            for (Type t : types) {
                across.add(((Type.ObjectType) t).attributes().get(name));
            }
            Type u = unify(across, unsafe);
            if (u == null) {
                return null;
            }
            attrs.put(name, u);
        }
        Type result = Type.object(attrs);
        return allConvert(types, result, unsafe) ? result : objectsToMap(types, unsafe);
    }

    private static Type objectsToMap(List<Type> types, boolean unsafe) {
        List<Type> attrTypes = new ArrayList<>();
        for (Type t : types) {
            attrTypes.addAll(((Type.ObjectType) t).attributes().values());
        }
        Type el = unify(attrTypes, unsafe);
        if (el == null) {
            return null;
        }
        Type result = Type.map(el);
        return allConvert(types, result, unsafe) ? result : null;
    }

    private static Type tuples(List<Type> types, boolean unsafe) {
        int size = ((Type.TupleType) types.get(0)).elements().size();
        for (Type t : types) {
            if (((Type.TupleType) t).elements().size() != size) {
                return tuplesToList(types, unsafe);
            }
        }
        List<Type> elems = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            List<Type> across = new ArrayList<>();
            for (Type t : types) {
                across.add(((Type.TupleType) t).elements().get(i));
            }
            Type u = unify(across, unsafe);
            if (u == null) {
                return null;
            }
            elems.add(u);
        }
        Type result = Type.tuple(elems);
        return allConvert(types, result, unsafe) ? result : tuplesToList(types, unsafe);
    }

    private static Type tuplesToList(List<Type> types, boolean unsafe) {
        List<Type> elemTypes = new ArrayList<>();
        for (Type t : types) {
            elemTypes.addAll(((Type.TupleType) t).elements());
        }
        Type el = unify(elemTypes, unsafe);
        if (el == null) {
            return null;
        }
        Type result = Type.list(el);
        return allConvert(types, result, unsafe) ? result : null;
    }
}
