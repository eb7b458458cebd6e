package io.jenkins.plugins.packer.engine.component;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The components available to templates, by kind and type name. Explicit and open: the engine registers its
 * built-in components in one place, and tests (or embedders) build registries of their own.
 */
public final class ComponentRegistry {

    private final Map<ComponentKind, Map<String, ComponentType<?>>> byKind = new EnumMap<>(ComponentKind.class);

    public ComponentRegistry() {
        for (ComponentKind k : ComponentKind.values()) {
            byKind.put(k, new TreeMap<>());
        }
    }

    /** Registers a component; a second one with the same kind and name is a programming error. */
    public ComponentRegistry register(ComponentType<?> type) {
        if (byKind.get(type.kind()).putIfAbsent(type.name(), type) != null) {
            throw new IllegalArgumentException(type.kind().label() + " " + type.name() + " is registered twice");
        }
        return this;
    }

    /** Registers a component in place of any of the same kind and name (tests stand mocks in for built-ins). */
    public ComponentRegistry replace(ComponentType<?> type) {
        byKind.get(type.kind()).put(type.name(), type);
        return this;
    }

    public Optional<ComponentType<?>> find(ComponentKind kind, String name) {
        return Optional.ofNullable(byKind.get(kind).get(name));
    }

    /** Type names of one kind, sorted. */
    public List<String> names(ComponentKind kind) {
        return new ArrayList<>(byKind.get(kind).keySet());
    }

    /** All components of one kind, sorted by name. */
    public List<ComponentType<?>> all(ComponentKind kind) {
        return Collections.unmodifiableList(new ArrayList<>(byKind.get(kind).values()));
    }
}
