package io.jenkins.plugins.packer.engine.template;

import io.jenkins.plugins.packer.engine.hcl.Attribute;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.Traversal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The references between data sources ({@code data.TYPE.NAME}); a cycle among them is an error. */
final class DataDependencies {

    private DataDependencies() {
    }

    /** Data sources each data source reads, by {@code TYPE.NAME}. */
    static Map<String, Set<String>> of(List<DataBlock> data) {
        Map<String, Set<String>> deps = new LinkedHashMap<>();
        for (DataBlock d : data) {
            Set<String> refs = new LinkedHashSet<>();
            for (Attribute a : d.body().justAttributes(new Diagnostics()).values()) {
                for (Traversal t : a.expression().variables()) {
                    if (t.rootName().equals("data") && t.steps().size() >= 3
                            && t.steps().get(1) instanceof Traversal.Attr type
                            && t.steps().get(2) instanceof Traversal.Attr name) {
                        refs.add(type.name() + "." + name.name());
                    }
                }
            }
            deps.put(d.ref(), refs);
        }
        return deps;
    }

    /** Reports every cycle once, at the data block that closes it. */
    static void checkCycles(List<DataBlock> data, Diagnostics diags) {
        Map<String, Set<String>> deps = of(data);
        Map<String, DataBlock> byRef = new HashMap<>();
        data.forEach(d -> byRef.put(d.ref(), d));
        Map<String, Integer> state = new HashMap<>();
        for (DataBlock d : data) {
            visit(d.ref(), deps, byRef, state, new ArrayList<>(), diags);
        }
    }

    private static void visit(String ref, Map<String, Set<String>> deps, Map<String, DataBlock> byRef,
            Map<String, Integer> state, List<String> path, Diagnostics diags) {
        Integer s = state.get(ref);
        if (s != null && s == 2) {
            return;
        }
        if (s != null && s == 1) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(ref), path.size()));
            cycle.add(ref);
            diags.error("Cyclic dependency between data sources", "The data sources form a cycle: data."
                    + String.join(" -> data.", cycle) + ".", byRef.get(ref).defRange());
            return;
        }
        state.put(ref, 1);
        path.add(ref);
        for (String dep : deps.getOrDefault(ref, Set.of())) {
            if (byRef.containsKey(dep)) {
                visit(dep, deps, byRef, state, path, diags);
            }
        }
        path.remove(path.size() - 1);
        state.put(ref, 2);
    }
}
