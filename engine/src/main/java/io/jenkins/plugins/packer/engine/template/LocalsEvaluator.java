package io.jenkins.plugins.packer.engine.template;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Traversal;
import io.jenkins.plugins.packer.engine.hcl.value.Mark;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Evaluates locals in dependency order (a local may use variables and other locals, in any order of
 * declaration); a cycle is an error naming the locals in it.
 */
final class LocalsEvaluator {

    private LocalsEvaluator() {
    }

    /**
     * @param contextFor the evaluation context given the {@code local} values known so far
     * @return every local's value, sensitive ones marked. A local that failed has none, as in Packer: locals
     *     using it then fail too ("Unsupported attribute"), so every broken local is reported
     */
    static Map<String, Value> evaluate(List<LocalDecl> locals, Function<Map<String, Value>, EvalContext> contextFor,
            Diagnostics diags) {
        Map<String, LocalDecl> byName = new LinkedHashMap<>();
        for (LocalDecl l : locals) {
            byName.put(l.name(), l);
        }
        Map<String, Value> done = new LinkedHashMap<>();
        Map<String, Integer> state = new HashMap<>(); // 1 = in progress, 2 = done
        for (LocalDecl l : locals) {
            visit(l, byName, done, state, new ArrayList<>(), contextFor, diags);
        }
        return done;
    }

    private static void visit(LocalDecl l, Map<String, LocalDecl> byName, Map<String, Value> done,
            Map<String, Integer> state, List<String> path, Function<Map<String, Value>, EvalContext> contextFor,
            Diagnostics diags) {
        Integer s = state.get(l.name());
        if (s != null && s == 2) {
            return;
        }
        if (s != null && s == 1) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(l.name()), path.size()));
            cycle.add(l.name());
            diags.error("Cyclic dependency between locals", "The local values form a cycle: local."
                    + String.join(" -> local.", cycle) + ". A local cannot depend on itself.", l.range());
            done.put(l.name(), Value.DYNAMIC);
            state.put(l.name(), 2);
            return;
        }
        state.put(l.name(), 1);
        path.add(l.name());
        for (Traversal t : l.expression().variables()) {
            if (t.rootName().equals("local") && t.steps().size() > 1 && t.steps().get(1) instanceof Traversal.Attr a) {
                LocalDecl dep = byName.get(a.name());
                if (dep != null) {
                    visit(dep, byName, done, state, path, contextFor, diags);
                }
            }
        }
        path.remove(path.size() - 1);
        if (state.get(l.name()) == 2) {
            return; // reported as part of a cycle while visiting its dependencies
        }
        Diagnostics local = new Diagnostics();
        Value v = l.expression().value(contextFor.apply(done), local);
        diags.addAll(local);
        state.put(l.name(), 2);
        if (!local.hasErrors()) {
            done.put(l.name(), l.sensitive() ? v.mark(Mark.SENSITIVE) : v);
        }
    }
}
