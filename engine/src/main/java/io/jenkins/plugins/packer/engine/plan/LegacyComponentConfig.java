package io.jenkins.plugins.packer.engine.plan;

import io.jenkins.plugins.packer.engine.component.ComponentType;
import io.jenkins.plugins.packer.engine.config.Decoded;
import io.jenkins.plugins.packer.engine.config.MapDecoder;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.Range;
import java.util.Map;
import java.util.function.Function;

/**
 * A legacy JSON configuration, already interpolated for its build; build values reach it as
 * {@code {{.ID}}}-style placeholders the component renders itself, so it decodes the same way every time.
 */
record LegacyComponentConfig(ComponentType<?> type, Map<String, Object> config, Range range,
        Function<String, Range> keyRange) implements ComponentConfig {

    @Override
    public Decoded<? extends Record> decode(Map<String, String> buildData, Diagnostics diags) {
        return decodeWith(type, config, range, keyRange, diags);
    }

    private static <C extends Record> Decoded<C> decodeWith(ComponentType<C> type, Map<String, Object> config,
            Range range, Function<String, Range> keyRange, Diagnostics diags) {
        return MapDecoder.decode(type.config(), config, diags, range, keyRange);
    }
}
