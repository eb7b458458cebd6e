package io.jenkins.plugins.packer.engine.hcl.value;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/** cty's preference order for unification: the more general type first (convert's sortTypes/compareTypes). */
final class TypeOrder {

    private TypeOrder() {
    }

    /** Indices into {@code types}, most general first (a topological sort of "more general than"). */
    static List<Integer> sort(List<Type> types) {
        int n = types.size();
        List<List<Integer>> edges = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            edges.add(new ArrayList<>());
        }
        for (int i = 0; i < n - 1; i++) {
            for (int j = i + 1; j < n; j++) {
                int cmp = compare(types.get(i), types.get(j));
                if (cmp < 0) {
                    edges.get(i).add(j);
                } else if (cmp > 0) {
                    edges.get(j).add(i);
                }
            }
        }
        int[] inDegree = new int[n];
        for (List<Integer> outs : edges) {
            for (int j : outs) {
                inDegree[j]++;
            }
        }
        List<Integer> result = new ArrayList<>();
        Deque<Integer> queue = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            if (inDegree[i] == 0) {
                queue.add(i);
            }
        }
        while (!queue.isEmpty()) {
            int i = queue.poll();
            result.add(i);
            for (int j : edges.get(i)) {
                if (--inDegree[j] == 0) {
                    queue.add(j);
                }
            }
        }
        return result;
    }

    /** Negative when {@code a} is preferred (more general) over {@code b}, positive for the reverse. */
    static int compare(Type a, Type b) {
        if (a.isDynamic() || b.isDynamic()) {
            if (!a.isDynamic()) {
                return -1;
            }
            return b.isDynamic() ? 0 : 1;
        }
        if (a.isPrimitive() && b.isPrimitive() && (a == Type.STRING || b == Type.STRING)) {
            if (a != Type.STRING) {
                return 1;
            }
            return b == Type.STRING ? 0 : -1;
        }
        if (a instanceof Type.ListType && b instanceof Type.ListType
                || a instanceof Type.SetType && b instanceof Type.SetType
                || a instanceof Type.MapType && b instanceof Type.MapType) {
            return compare(TypeOps.elementType(a), TypeOps.elementType(b));
        }
        int swap = 1;
        if (a instanceof Type.TupleType && b instanceof Type.ListType
                || a instanceof Type.ObjectType && b instanceof Type.MapType
                || a instanceof Type.SetType && b instanceof Type.TupleType
                || a instanceof Type.SetType && b instanceof Type.ListType) {
            Type t = a;
            a = b;
            b = t;
            swap = -1;
        }
        if (b instanceof Type.SetType && (a instanceof Type.TupleType || a instanceof Type.ListType)) {
            return -swap;
        }
        if (a instanceof Type.ListType && b instanceof Type.TupleType) {
            return -swap;
        }
        if (a instanceof Type.MapType && b instanceof Type.ObjectType) {
            return -swap;
        }
        if (a instanceof Type.ObjectType oa && b instanceof Type.ObjectType ob) {
            Map<String, Type> aa = oa.attributes();
            Map<String, Type> bb = ob.attributes();
            if (aa.size() != bb.size() || !aa.keySet().equals(bb.keySet())) {
                return 0;
            }
            return superOf(aa.keySet().stream().map(k -> compare(aa.get(k), bb.get(k))).toList(), swap);
        }
        if (a instanceof Type.TupleType ta && b instanceof Type.TupleType tb) {
            if (ta.elements().size() != tb.elements().size()) {
                return 0;
            }
            List<Integer> cmps = new ArrayList<>();
            for (int i = 0; i < ta.elements().size(); i++) {
                cmps.add(compare(ta.elements().get(i), tb.elements().get(i)));
            }
            return superOf(cmps, swap);
        }
        return 0;
    }

    private static int superOf(List<Integer> cmps, int swap) {
        boolean aSuper = cmps.stream().anyMatch(c -> c < 0);
        boolean bSuper = cmps.stream().anyMatch(c -> c > 0);
        if (aSuper && bSuper) {
            return 0;
        }
        if (aSuper) {
            return -swap;
        }
        return bSuper ? swap : 0;
    }
}
