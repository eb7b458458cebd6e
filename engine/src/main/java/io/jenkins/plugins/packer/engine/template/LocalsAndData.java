package io.jenkins.plugins.packer.engine.template;

import io.jenkins.plugins.packer.engine.hcl.Attribute;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.Traversal;
import io.jenkins.plugins.packer.engine.hcl.function.Function;
import io.jenkins.plugins.packer.engine.hcl.value.Mark;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates locals and data sources as one dependency graph, as Packer does since it walks them as a DAG: a
 * local may use variables, other locals and data sources; a data source may use variables, other data sources
 * and locals; the order of declaration does not matter. A cycle is an error naming every node in it (Packer's
 * old phased order, data sources strictly before locals, is what {@code -use-sequential-evaluation} selected;
 * the graph accepts every template that order accepts).
 *
 * <p>Data sources are executed only when {@code execute} is set ({@code build}, {@code validate
 * -evaluate-datasources}); otherwise their outputs are unknown values and their configurations are not read.
 */
final class LocalsAndData {

    private static final int IN_PROGRESS = 1;
    private static final int DONE = 2;

    private final Map<String, Value> base;
    private final Map<String, Function> functions;
    private final DataSourceRunner runner;
    private final Map<String, LocalDecl> locals = new LinkedHashMap<>();
    private final Map<String, DataBlock> data = new LinkedHashMap<>();
    private final Map<String, Value> localValues = new LinkedHashMap<>();
    private final Map<String, Value> dataValues = new LinkedHashMap<>();
    private final Map<String, Integer> state = new HashMap<>();
    private final List<String> path = new ArrayList<>();

    /**
     * @param base {@code var}, {@code path} and {@code packer}
     * @param runner executes data sources; {@code null} leaves their outputs unknown
     */
    LocalsAndData(Map<String, Value> base, Map<String, Function> functions, DataSourceRunner runner) {
        this.base = base;
        this.functions = functions;
        this.runner = runner;
    }

    /** The values of locals by name and of data sources by {@code TYPE.NAME}, in {@link Result}. */
    record Result(Map<String, Value> locals, Map<String, Value> data) {
    }

    Result evaluate(List<LocalDecl> localDecls, List<DataBlock> dataBlocks, Diagnostics diags) {
        localDecls.forEach(l -> locals.put("local." + l.name(), l));
        dataBlocks.forEach(d -> data.put("data." + d.ref(), d));
        for (String node : data.keySet()) {
            visit(node, diags);
        }
        for (String node : locals.keySet()) {
            visit(node, diags);
        }
        return new Result(localValues, dataValues);
    }

    private void visit(String node, Diagnostics diags) {
        Integer s = state.get(node);
        if (s != null && s == DONE) {
            return;
        }
        if (s != null && s == IN_PROGRESS) {
            reportCycle(node, diags);
            return;
        }
        state.put(node, IN_PROGRESS);
        path.add(node);
        for (String dep : dependencies(node)) {
            visit(dep, diags);
        }
        path.remove(path.size() - 1);
        if (state.get(node) == DONE) {
            return; // part of a cycle, reported while visiting its dependencies
        }
        state.put(node, DONE);
        LocalDecl local = locals.get(node);
        if (local != null) {
            Diagnostics own = new Diagnostics();
            Value v = local.expression().value(context(), own);
            diags.addAll(own);
            if (!own.hasErrors()) {
                localValues.put(local.name(), local.sensitive() ? v.mark(Mark.SENSITIVE) : v);
            }
            // a local that failed has no value, as in Packer: locals using it then fail too ("Unsupported
            // attribute"), so every broken local is reported
        } else {
            DataBlock d = data.get(node);
            dataValues.put(d.ref(), runner == null ? DataSourceRunner.unknownOutput() : runner.execute(d, context(),
                    diags));
        }
    }

    private void reportCycle(String node, Diagnostics diags) {
        List<String> cycle = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
        cycle.add(node);
        boolean anyLocal = cycle.stream().anyMatch(locals::containsKey);
        boolean anyData = cycle.stream().anyMatch(data::containsKey);
        String what = anyLocal && anyData ? "locals and data sources" : anyLocal ? "locals" : "data sources";
        String detail = anyLocal && !anyData
                ? "The local values form a cycle: " + String.join(" -> ", cycle) + ". A local cannot depend on itself."
                : "The " + what + " form a cycle: " + String.join(" -> ", cycle) + ".";
        diags.error("Cyclic dependency between " + what, detail, rangeOf(node));
        if (locals.containsKey(node)) {
            localValues.put(locals.get(node).name(), Value.DYNAMIC);
        } else {
            dataValues.put(data.get(node).ref(), Value.DYNAMIC);
        }
        state.put(node, DONE);
    }

    private Range rangeOf(String node) {
        LocalDecl l = locals.get(node);
        return l != null ? l.range() : data.get(node).defRange();
    }

    /** The {@code local.X} and {@code data.T.N} nodes that {@code node}'s expressions refer to. */
    private Set<String> dependencies(String node) {
        List<Traversal> refs = new ArrayList<>();
        LocalDecl l = locals.get(node);
        if (l != null) {
            refs.addAll(l.expression().variables());
        } else {
            for (Attribute a : data.get(node).body().justAttributes(new Diagnostics()).values()) {
                refs.addAll(a.expression().variables());
            }
        }
        Set<String> deps = new LinkedHashSet<>();
        for (Traversal t : refs) {
            String dep = switch (t.rootName()) {
                case "local" -> attr(t, 1) == null ? null : "local." + attr(t, 1);
                case "data" -> attr(t, 1) == null || attr(t, 2) == null ? null
                        : "data." + attr(t, 1) + "." + attr(t, 2);
                default -> null;
            };
            if (dep != null && (locals.containsKey(dep) || data.containsKey(dep))) {
                deps.add(dep);
            }
        }
        return deps;
    }

    private static String attr(Traversal t, int step) {
        return t.steps().size() > step && t.steps().get(step) instanceof Traversal.Attr a ? a.name() : null;
    }

    private EvalContext context() {
        Map<String, Value> vars = new LinkedHashMap<>(base);
        vars.put("local", Value.object(localValues));
        vars.put("data", DataSourceRunner.dataObject(dataValues));
        return EvalContext.of(vars, functions);
    }
}
