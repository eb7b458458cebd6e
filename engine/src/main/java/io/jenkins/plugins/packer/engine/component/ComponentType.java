package io.jenkins.plugins.packer.engine.component;

import io.jenkins.plugins.packer.engine.config.ConfigSchema;
import java.util.Objects;
import java.util.function.Function;

/**
 * A component the engine provides: its kind, its type name as templates write it ({@code file},
 * {@code shell-local}), the plugin it stands in for ({@code github.com/hashicorp/qemu}, for {@code init} and
 * {@code required_plugins}; empty for Packer's core components), its configuration declaration, and the factory
 * that makes the runtime object from a decoded configuration (null for a type that is only declared, which
 * templates may name and validate but not build with yet).
 *
 * <pre>{@code
 * ComponentType.builder("file", FileConfig.class, FileBuilder::new)
 * }</pre>
 *
 * @param <C> the configuration record
 */
public record ComponentType<C extends Record>(ComponentKind kind, String name, String plugin,
        ConfigSchema<C> config, ComponentFactory<C> factory) {

    public ComponentType {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(name);
        plugin = plugin == null ? "" : plugin;
        Objects.requireNonNull(config);
        if (factory != null && factory.kind() != kind) {
            throw new IllegalArgumentException(name + ": a " + factory.kind().label() + " factory for a "
                    + kind.label());
        }
    }

    /** A declared type without a runtime implementation. */
    public ComponentType(ComponentKind kind, String name, String plugin, ConfigSchema<C> config) {
        this(kind, name, plugin, config, null);
    }

    /** A declared type without a runtime implementation. */
    public static <C extends Record> ComponentType<C> of(ComponentKind kind, String name, String plugin,
            Class<C> config) {
        return new ComponentType<>(kind, name, plugin, ConfigSchema.of(config));
    }

    public static <C extends Record> ComponentType<C> builder(String name, Class<C> config,
            Function<C, Builder> create) {
        return new ComponentType<>(ComponentKind.BUILDER, name, "", ConfigSchema.of(config),
                new ComponentFactory.ForBuilder<>(create));
    }

    public static <C extends Record> ComponentType<C> provisioner(String name, Class<C> config,
            Function<C, Provisioner> create) {
        return new ComponentType<>(ComponentKind.PROVISIONER, name, "", ConfigSchema.of(config),
                new ComponentFactory.ForProvisioner<>(create));
    }

    public static <C extends Record> ComponentType<C> postProcessor(String name, Class<C> config,
            Function<C, PostProcessor> create) {
        return new ComponentType<>(ComponentKind.POST_PROCESSOR, name, "", ConfigSchema.of(config),
                new ComponentFactory.ForPostProcessor<>(create));
    }

    public static <C extends Record> ComponentType<C> dataSource(String name, Class<C> config,
            Function<C, DataSource> create) {
        return new ComponentType<>(ComponentKind.DATA_SOURCE, name, "", ConfigSchema.of(config),
                new ComponentFactory.ForDataSource<>(create));
    }

    /** The same type standing in for an external plugin ({@code required_plugins} source). */
    public ComponentType<C> withPlugin(String pluginSource) {
        return new ComponentType<>(kind, name, pluginSource, config, factory);
    }

    /** Whether this engine can run the component, not only validate its configuration. */
    public boolean runnable() {
        return factory != null;
    }

    public Builder newBuilder(Object config) {
        if (factory instanceof ComponentFactory.ForBuilder<C> f) {
            return f.create().apply(cast(config));
        }
        throw notRunnable();
    }

    public Provisioner newProvisioner(Object config) {
        if (factory instanceof ComponentFactory.ForProvisioner<C> f) {
            return f.create().apply(cast(config));
        }
        throw notRunnable();
    }

    public PostProcessor newPostProcessor(Object config) {
        if (factory instanceof ComponentFactory.ForPostProcessor<C> f) {
            return f.create().apply(cast(config));
        }
        throw notRunnable();
    }

    public DataSource newDataSource(Object config) {
        if (factory instanceof ComponentFactory.ForDataSource<C> f) {
            return f.create().apply(cast(config));
        }
        throw notRunnable();
    }

    private C cast(Object config) {
        return config().type().cast(Objects.requireNonNull(config, "config"));
    }

    private IllegalStateException notRunnable() {
        return new IllegalStateException("The " + kind.label() + " " + name + " cannot run in this engine yet");
    }
}
