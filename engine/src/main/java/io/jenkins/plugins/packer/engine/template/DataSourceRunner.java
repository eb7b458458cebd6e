package io.jenkins.plugins.packer.engine.template;

import io.jenkins.plugins.packer.engine.component.ComponentKind;
import io.jenkins.plugins.packer.engine.component.ComponentRegistry;
import io.jenkins.plugins.packer.engine.component.ComponentType;
import io.jenkins.plugins.packer.engine.component.DataSource;
import io.jenkins.plugins.packer.engine.config.ConfigDecoder;
import io.jenkins.plugins.packer.engine.config.Decoded;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.function.Function;
import io.jenkins.plugins.packer.engine.hcl.value.Mark;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the data sources of a template before its locals are evaluated, as {@code packer build} does: each
 * {@code data} block is decoded with {@code var.*}, {@code path.*}, {@code packer.*} and the outputs of the data
 * sources it refers to (run first), then executed. The outputs form {@code data.TYPE.NAME};
 * sensitive configuration values mark the output sensitive.
 */
final class DataSourceRunner {

    private final ComponentRegistry registry;
    private final Map<String, Value> baseVariables;
    private final Map<String, Function> functions;
    private final Map<String, DataBlock> byRef = new LinkedHashMap<>();
    private final Map<String, Value> outputs = new LinkedHashMap<>();
    private final Map<String, Integer> state = new HashMap<>();

    DataSourceRunner(ComponentRegistry registry, Map<String, Value> baseVariables, Map<String, Function> functions) {
        this.registry = registry;
        this.baseVariables = baseVariables;
        this.functions = functions;
    }

    /**
     * Every data source's output by {@code TYPE.NAME} ({@link Value#DYNAMIC} for those that failed or sit in a
     * cycle, which {@link DataDependencies#checkCycles} reports).
     */
    Map<String, Value> run(List<DataBlock> data, Diagnostics diags) {
        data.forEach(d -> byRef.put(d.ref(), d));
        Map<String, Set<String>> deps = DataDependencies.of(data);
        for (DataBlock d : data) {
            visit(d, deps, diags);
        }
        return outputs;
    }

    private void visit(DataBlock d, Map<String, Set<String>> deps, Diagnostics diags) {
        Integer s = state.get(d.ref());
        if (s != null) {
            if (s == 1) {
                outputs.putIfAbsent(d.ref(), Value.DYNAMIC);
            }
            return;
        }
        state.put(d.ref(), 1);
        for (String dep : deps.getOrDefault(d.ref(), Set.of())) {
            DataBlock other = byRef.get(dep);
            if (other != null) {
                visit(other, deps, diags);
            }
        }
        ComponentType<?> type = registry.find(ComponentKind.DATA_SOURCE, d.type()).orElse(null);
        outputs.put(d.ref(), type == null ? Value.DYNAMIC : execute(d, type, diags));
        state.put(d.ref(), 2);
    }

    private Value execute(DataBlock d, ComponentType<?> type, Diagnostics diags) {
        Map<String, Value> vars = new LinkedHashMap<>(baseVariables);
        vars.put("data", dataObject(outputs));
        Diagnostics local = new Diagnostics();
        Decoded<? extends Record> decoded = decode(type, d, EvalContext.of(vars, functions), local);
        diags.addAll(local);
        if (local.hasErrors() || decoded.config() == null) {
            return Value.DYNAMIC;
        }
        if (!type.runnable()) {
            diags.error("The data source " + d.type() + " cannot run in this engine yet", "This engine validates "
                    + d.type() + " configurations but cannot execute them yet.", d.defRange());
            return Value.DYNAMIC;
        }
        try {
            DataSource source = type.newDataSource(decoded.config());
            Value out = source.execute();
            return decoded.secrets().isEmpty() ? out : out.mark(Mark.SENSITIVE);
        } catch (Exception e) {
            diags.error("Failed to execute data source " + d.ref(), e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage(), d.defRange());
            return Value.DYNAMIC;
        }
    }

    private static <C extends Record> Decoded<C> decode(ComponentType<C> type, DataBlock d, EvalContext ctx,
            Diagnostics diags) {
        return ConfigDecoder.decode(type.config(), d.body(), ctx, diags);
    }

    /** {@code data.TYPE.NAME} objects from outputs by {@code TYPE.NAME}. */
    static Value dataObject(Map<String, Value> byRef) {
        Map<String, Map<String, Value>> byType = new LinkedHashMap<>();
        byRef.forEach((ref, v) -> {
            int dot = ref.indexOf('.');
            byType.computeIfAbsent(ref.substring(0, dot), k -> new LinkedHashMap<>()).put(ref.substring(dot + 1), v);
        });
        Map<String, Value> out = new LinkedHashMap<>();
        byType.forEach((t, names) -> out.put(t, Value.object(names)));
        return out.isEmpty() ? Value.EMPTY_OBJECT : Value.object(out);
    }

    /** Unknown outputs, for when data sources are not run. */
    static Map<String, Value> unknownOutputs(List<DataBlock> data) {
        Map<String, Value> out = new LinkedHashMap<>();
        data.forEach(d -> out.put(d.ref(), Value.unknown(Type.DYNAMIC)));
        return out;
    }
}
