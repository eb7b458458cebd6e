package io.jenkins.plugins.packer.engine.plan;

import io.jenkins.plugins.packer.engine.component.ComponentType;
import io.jenkins.plugins.packer.engine.config.ConfigDecoder;
import io.jenkins.plugins.packer.engine.config.Decoded;
import io.jenkins.plugins.packer.engine.hcl.Body;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.Range;
import java.util.Map;

/** An HCL2 body, evaluated in its build's scope: {@code build.*} unknown while planning, known when running. */
record HclComponentConfig(ComponentType<?> type, Body body, BuildScope scope) implements ComponentConfig {

    @Override
    public Decoded<? extends Record> decode(Map<String, String> buildData, Diagnostics diags) {
        return decodeWith(type, body, scope, buildData, diags);
    }

    private static <C extends Record> Decoded<C> decodeWith(ComponentType<C> type, Body body, BuildScope scope,
            Map<String, String> data, Diagnostics diags) {
        return ConfigDecoder.decode(type.config(), body, data.isEmpty() ? scope.planning() : scope.running(data),
                diags);
    }

    @Override
    public Range range() {
        return body.missingItemRange();
    }
}
