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
 * <p>The configuration's {@link ConfigSchema} is built from its record by reflection on first use, so a
 * process pays only for the components its template names.
 *
 * @param <C> the configuration record
 */
public final class ComponentType<C extends Record> {

    private final ComponentKind kind;
    private final String name;
    private final String plugin;
    private final Class<C> configType;
    private final ComponentFactory<C> factory;
    private volatile ConfigSchema<C> config;

    public ComponentType(ComponentKind kind, String name, String plugin, ConfigSchema<C> config,
            ComponentFactory<C> factory) {
        this(kind, name, plugin, Objects.requireNonNull(config).type(), factory);
        this.config = config;
    }

    private ComponentType(ComponentKind kind, String name, String plugin, Class<C> configType,
            ComponentFactory<C> factory) {
        this.kind = Objects.requireNonNull(kind);
        this.name = Objects.requireNonNull(name);
        this.plugin = plugin == null ? "" : plugin;
        this.configType = Objects.requireNonNull(configType);
        this.factory = factory;
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
        return new ComponentType<>(kind, name, plugin, config, null);
    }

    public static <C extends Record> ComponentType<C> builder(String name, Class<C> config,
            Function<C, Builder> create) {
        return new ComponentType<>(ComponentKind.BUILDER, name, "", config,
                new ComponentFactory.ForBuilder<>(create));
    }

    public static <C extends Record> ComponentType<C> provisioner(String name, Class<C> config,
            Function<C, Provisioner> create) {
        return new ComponentType<>(ComponentKind.PROVISIONER, name, "", config,
                new ComponentFactory.ForProvisioner<>(create));
    }

    public static <C extends Record> ComponentType<C> postProcessor(String name, Class<C> config,
            Function<C, PostProcessor> create) {
        return new ComponentType<>(ComponentKind.POST_PROCESSOR, name, "", config,
                new ComponentFactory.ForPostProcessor<>(create));
    }

    public static <C extends Record> ComponentType<C> dataSource(String name, Class<C> config,
            Function<C, DataSource> create) {
        return new ComponentType<>(ComponentKind.DATA_SOURCE, name, "", config,
                new ComponentFactory.ForDataSource<>(create));
    }

    /** The same type standing in for an external plugin ({@code required_plugins} source). */
    public ComponentType<C> withPlugin(String pluginSource) {
        ComponentType<C> t = new ComponentType<>(kind, name, pluginSource, configType, factory);
        t.config = config;
        return t;
    }

    public ComponentKind kind() {
        return kind;
    }

    /** The type name as templates write it. */
    public String name() {
        return name;
    }

    /** The plugin this type stands in for, or empty for one of Packer's core components. */
    public String plugin() {
        return plugin;
    }

    /** The configuration declaration, built on first use. */
    public ConfigSchema<C> config() {
        ConfigSchema<C> c = config;
        if (c == null) {
            c = ConfigSchema.of(configType);
            config = c;
        }
        return c;
    }

    /** How the runtime object is made, or null for a type that is only declared. */
    public ComponentFactory<C> factory() {
        return factory;
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
        return configType.cast(Objects.requireNonNull(config, "config"));
    }

    private IllegalStateException notRunnable() {
        return new IllegalStateException("The " + kind.label() + " " + name + " cannot run in this engine yet");
    }

    @Override
    public String toString() {
        return kind.label() + " " + name;
    }
}
