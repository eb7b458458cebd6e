package io.jenkins.plugins.packer.engine.template;

import io.jenkins.plugins.packer.engine.component.ComponentKind;
import io.jenkins.plugins.packer.engine.component.ComponentRegistry;
import io.jenkins.plugins.packer.engine.component.ComponentType;
import io.jenkins.plugins.packer.engine.component.DataSource;
import io.jenkins.plugins.packer.engine.config.ConfigDecoder;
import io.jenkins.plugins.packer.engine.config.Decoded;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.value.Mark;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Executes one data source, as {@code packer build} does: its {@code data} block is decoded in the context
 * {@link LocalsAndData} gives (variables, {@code path.*}, {@code packer.*}, and the locals and data sources it
 * refers to, evaluated first), then executed. Sensitive configuration values mark the output sensitive.
 */
final class DataSourceRunner {

    private final ComponentRegistry registry;

    DataSourceRunner(ComponentRegistry registry) {
        this.registry = registry;
    }

    /** The output of {@code d}, or {@link Value#DYNAMIC} when it failed (the reason is in {@code diags}). */
    Value execute(DataBlock d, EvalContext ctx, Diagnostics diags) {
        ComponentType<?> type = registry.find(ComponentKind.DATA_SOURCE, d.type()).orElse(null);
        if (type == null) {
            return Value.DYNAMIC; // reported by the template validator
        }
        Diagnostics local = new Diagnostics();
        Decoded<? extends Record> decoded = decode(type, d, ctx, local);
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

    /** The output of a data source that is not run (validate without {@code -evaluate-datasources}). */
    static Value unknownOutput() {
        return Value.unknown(Type.DYNAMIC);
    }
}
