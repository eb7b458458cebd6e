package io.jenkins.plugins.packer.engine.plan;

import io.jenkins.plugins.packer.engine.component.ComponentType;
import io.jenkins.plugins.packer.engine.config.ConfigDecoder;
import io.jenkins.plugins.packer.engine.config.Decoded;
import io.jenkins.plugins.packer.engine.hcl.Body;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;

/**
 * A component's configuration body in one build, with its type: decoded once when planning (build values still
 * unknown: errors stop the run before it starts) and again when the component runs (build values known).
 */
record ComponentConfig(ComponentType<?> type, Body body) {

    Decoded<? extends Record> decode(EvalContext ctx, Diagnostics diags) {
        return decodeWith(type, body, ctx, diags);
    }

    private static <C extends Record> Decoded<C> decodeWith(ComponentType<C> type, Body body, EvalContext ctx,
            Diagnostics diags) {
        return ConfigDecoder.decode(type.config(), body, ctx, diags);
    }
}
