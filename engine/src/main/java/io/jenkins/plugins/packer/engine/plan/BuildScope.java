package io.jenkins.plugins.packer.engine.plan;

import io.jenkins.plugins.packer.engine.component.ProvisionTarget;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import io.jenkins.plugins.packer.engine.template.BuildBlock;
import io.jenkins.plugins.packer.engine.template.BuildContexts;
import io.jenkins.plugins.packer.engine.template.SourceUse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The evaluation context of one build ({@link BuildContexts}): the template's plus {@code source.*} and
 * {@code build.*}, whose generated values (the common keys and the builder's own) are unknown while planning
 * and known once the builder provides them.
 */
final class BuildScope {

    private final EvalContext template;
    private final BuildBlock block;
    private final SourceUse use;
    private final List<String> keys;

    BuildScope(EvalContext template, BuildBlock block, SourceUse use, List<String> builderKeys) {
        this.template = template;
        this.block = block;
        this.use = use;
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
        return running(Map.of());
    }

    /** While running: the values in {@code data} known, the others still unknown. */
    EvalContext running(Map<String, String> data) {
        Map<String, Value> generated = new LinkedHashMap<>();
        for (String k : keys) {
            String v = data.get(k);
            generated.put(k, v == null ? Value.unknown(Type.STRING) : Value.string(v));
        }
        data.forEach((k, v) -> generated.putIfAbsent(k, Value.string(v)));
        return BuildContexts.withBuild(template, block, use, generated);
    }
}
