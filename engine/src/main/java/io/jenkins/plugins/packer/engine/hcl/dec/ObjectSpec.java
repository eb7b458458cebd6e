package io.jenkins.plugins.packer.engine.hcl.dec;

import io.jenkins.plugins.packer.engine.hcl.BodyContent;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** An object whose attributes come from the nested specs, all decoded against the same body. */
public record ObjectSpec(Map<String, Spec> attributes) implements Spec {

    public ObjectSpec {
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    @Override
    public Value decode(BodyContent content, List<BlockLabel> labels, EvalContext ctx, Diagnostics diags) {
        Map<String, Value> vals = new LinkedHashMap<>();
        attributes.forEach((k, spec) -> vals.put(k, spec.decode(content, labels, ctx, diags)));
        return Value.object(vals);
    }

    @Override
    public Type impliedType() {
        Map<String, Type> types = new LinkedHashMap<>();
        attributes.forEach((k, spec) -> types.put(k, spec.impliedType()));
        return Type.object(types);
    }

    @Override
    public Range sourceRange(BodyContent content, List<BlockLabel> labels) {
        return content.missingItemRange();
    }

    @Override
    public void visitSameBodyChildren(Consumer<Spec> cb) {
        attributes.values().forEach(cb);
    }
}
