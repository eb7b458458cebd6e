package io.jenkins.plugins.packer.engine.testing;

import io.jenkins.plugins.packer.engine.component.ComponentType;
import io.jenkins.plugins.packer.engine.component.DataSource;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.Map;

/** Packer's test-only {@code mock} data source: {@code data.mock.NAME.foo} is its {@code foo}. */
public final class MockDataSource implements DataSource {

    /** Its configuration. */
    public record Config(String foo, String bar) {
    }

    private final Config config;

    public MockDataSource(Config config) {
        this.config = config;
    }

    public static ComponentType<Config> type() {
        return ComponentType.dataSource("mock", Config.class, MockDataSource::new);
    }

    @Override
    public Type outputType() {
        return Type.object(Map.of("foo", Type.STRING, "bar", Type.STRING));
    }

    @Override
    public Value execute() {
        return Value.object(Map.of("foo", Value.string(config.foo() == null ? "" : config.foo()),
                "bar", Value.string(config.bar() == null ? "" : config.bar())));
    }
}
