package io.jenkins.plugins.packer.engine.hcl.ext.dynblock;

import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One element of a {@code dynamic} block's iteration: the iterator's name, the element's key and value, and the
 * iterations of the dynamic blocks around this one (their iterators stay visible inside).
 */
record Iteration(String iteratorName, Value key, Value value, Map<String, Iteration> inherited) {

    Iteration {
        inherited = Map.copyOf(inherited);
    }

    /** The iteration of a dynamic block nested in {@code parent} (which may be null at the top). */
    static Iteration child(Iteration parent, String iteratorName, Value key, Value value) {
        if (parent == null) {
            return new Iteration(iteratorName, key, value, Map.of());
        }
        Map<String, Iteration> inherited = new LinkedHashMap<>(parent.inherited);
        inherited.put(parent.iteratorName, parent);
        return new Iteration(iteratorName, key, value, inherited);
    }

    /** {@code {key = ..., value = ...}}, what the iterator variable holds. */
    Value object() {
        return Value.object(Map.of("key", key, "value", value));
    }

    /** {@code base} plus the iterator variables; {@code base} itself when {@code iteration} is null. */
    static EvalContext context(Iteration iteration, EvalContext base) {
        if (iteration == null) {
            return base;
        }
        Map<String, Value> vars = new LinkedHashMap<>();
        iteration.inherited.forEach((name, it) -> vars.put(name, it.object()));
        vars.put(iteration.iteratorName, iteration.object());
        return base.child(vars);
    }

    /** Whether {@code name} is this iterator or one it inherits. */
    boolean binds(String name) {
        return iteratorName.equals(name) || inherited.containsKey(name);
    }
}
