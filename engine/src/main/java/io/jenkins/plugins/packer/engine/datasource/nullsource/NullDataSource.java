package io.jenkins.plugins.packer.engine.datasource.nullsource;

import io.jenkins.plugins.packer.engine.component.DataSource;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.Map;

/** Packer's {@code null} data source: {@code data.null.NAME.output} is the {@code input}. */
public final class NullDataSource implements DataSource {

    private final NullDataSourceConfig config;

    public NullDataSource(NullDataSourceConfig config) {
        this.config = config;
    }

    @Override
    public Type outputType() {
        return Type.object(Map.of("output", Type.STRING));
    }

    @Override
    public Value execute() {
        return Value.object(Map.of("output", Value.string(config.input())));
    }
}
