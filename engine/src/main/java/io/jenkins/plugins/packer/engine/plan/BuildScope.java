package io.jenkins.plugins.packer.engine.plan;

import io.jenkins.plugins.packer.engine.component.ProvisionTarget;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The evaluation context of one build: the template's ({@code var}, {@code local}, {@code path}, ...) plus
 * {@code source.name}/{@code source.type} (the build-local name) and {@code build.*}: {@code build.name} and
 * the builder's generated values, unknown while planning and known once the builder provides them.
 */
final class BuildScope {

    private final EvalContext template;
    private final Value source;
    private final String buildName;
    private final List<String> keys;

    BuildScope(EvalContext template, String sourceType, String sourceName, String buildName,
            List<String> builderKeys) {
        this.template = template;
        this.source = Value.object(Map.of("name", Value.string(sourceName), "type", Value.string(sourceType)));
        this.buildName = buildName == null ? "" : buildName;
        List<String> all = new ArrayList<>(ProvisionTarget.COMMON_KEYS);
        for (String k : builderKeys) {
            if (!all.contains(k)) {
                all.add(k);
            }
        }
        this.keys = List.copyOf(all);
    }

    /** While planning: every generated value unknown. */
    EvalContext planning() {
        return with(Map.of());
    }

    /** While running: the values in {@code data} known, the others still unknown. */
    EvalContext running(Map<String, String> data) {
        return with(data);
    }

    private EvalContext with(Map<String, String> data) {
        Map<String, Value> build = new LinkedHashMap<>();
        build.put("name", Value.string(buildName));
        for (String k : keys) {
            String v = data.get(k);
            build.put(k, v == null ? Value.unknown(Type.STRING) : Value.string(v));
        }
        data.forEach((k, v) -> build.putIfAbsent(k, Value.string(v)));
        return template.withVariable("source", source).withVariable("build", Value.object(build));
    }
}
