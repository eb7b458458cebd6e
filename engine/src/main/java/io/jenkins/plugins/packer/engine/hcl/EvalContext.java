package io.jenkins.plugins.packer.engine.hcl;

import io.jenkins.plugins.packer.engine.hcl.function.Function;
import io.jenkins.plugins.packer.engine.hcl.function.LazyFunctionTable;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Variables and functions visible to an expression. Contexts nest: a child (made by for expressions and
 * templates) adds or shadows names and falls back to its parent.
 */
public final class EvalContext {

    private final EvalContext parent;
    private final Map<String, Value> variables;
    private final Map<String, Function> functions;

    private EvalContext(EvalContext parent, Map<String, Value> variables, Map<String, Function> functions) {
        this.parent = parent;
        this.variables = Map.copyOf(variables);
        // a lazy table is already unmodifiable, and copying it would make it
        this.functions = functions instanceof LazyFunctionTable ? functions : Map.copyOf(functions);
    }

    public static EvalContext of(Map<String, Value> variables, Map<String, Function> functions) {
        return new EvalContext(null, variables, functions);
    }

    public static EvalContext empty() {
        return of(Map.of(), Map.of());
    }

    /** A child context with extra variables (for example a for expression's key and value symbols). */
    public EvalContext child(Map<String, Value> extraVariables) {
        return new EvalContext(this, extraVariables, Map.of());
    }

    /** A copy of this context with {@code name} bound to {@code value} in the same scope level. */
    public EvalContext withVariable(String name, Value value) {
        Map<String, Value> vars = new LinkedHashMap<>(variables);
        vars.put(name, value);
        return new EvalContext(parent, vars, functions);
    }

    /** A copy of this context with another function table (functions of parents stay visible). */
    public EvalContext withFunctions(Map<String, Function> table) {
        return new EvalContext(parent, variables, table);
    }

    /** The value of a root variable, or null if no scope defines it. */
    public Value variable(String name) {
        for (EvalContext c = this; c != null; c = c.parent) {
            Value v = c.variables.get(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The function named {@code name}, or null if none is defined. */
    public Function function(String name) {
        for (EvalContext c = this; c != null; c = c.parent) {
            Function f = c.functions.get(name);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /** True when no scope defines any function (then calls say "Function calls not allowed"). */
    public boolean hasFunctions() {
        for (EvalContext c = this; c != null; c = c.parent) {
            if (!c.functions.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** True when no scope defines any variable (then references say "Variables not allowed"). */
    public boolean hasVariables() {
        for (EvalContext c = this; c != null; c = c.parent) {
            if (!c.variables.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** All function names, sorted; used for "Did you mean" suggestions. */
    public Set<String> functionNames() {
        Set<String> names = new TreeSet<>();
        for (EvalContext c = this; c != null; c = c.parent) {
            names.addAll(c.functions.keySet());
        }
        return names;
    }

    /** All variable names, sorted; used for "Did you mean" suggestions. */
    public Set<String> variableNames() {
        Set<String> names = new TreeSet<>();
        for (EvalContext c = this; c != null; c = c.parent) {
            names.addAll(c.variables.keySet());
        }
        return names;
    }
}
