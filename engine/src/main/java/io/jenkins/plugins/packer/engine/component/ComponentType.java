package io.jenkins.plugins.packer.engine.component;

import io.jenkins.plugins.packer.engine.config.ConfigSchema;
import java.util.Objects;

/**
 * A component the engine provides: its kind, its type name as templates write it ({@code file},
 * {@code shell-local}), the plugin it stands in for ({@code github.com/hashicorp/qemu}, for {@code init} and
 * {@code required_plugins}; empty for Packer's core components) and its configuration declaration.
 *
 * @param <C> the configuration record
 */
public record ComponentType<C extends Record>(ComponentKind kind, String name, String plugin,
        ConfigSchema<C> config) {

    public ComponentType {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(name);
        plugin = plugin == null ? "" : plugin;
        Objects.requireNonNull(config);
    }

    public static <C extends Record> ComponentType<C> of(ComponentKind kind, String name, String plugin,
            Class<C> config) {
        return new ComponentType<>(kind, name, plugin, ConfigSchema.of(config));
    }
}
