package io.jenkins.plugins.packer.engine.plan;

import io.jenkins.plugins.packer.engine.component.ComponentKind;
import io.jenkins.plugins.packer.engine.component.ComponentRegistry;
import io.jenkins.plugins.packer.engine.component.RuntimeTemplate;
import io.jenkins.plugins.packer.engine.config.ConfigField;
import io.jenkins.plugins.packer.engine.template.legacy.RenderPolicy;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What the registered components declare about legacy interpolation: their {@link RuntimeTemplate} fields are
 * left for them to render at run time.
 */
final class ComponentRenderPolicy implements RenderPolicy {

    private final ComponentRegistry registry;

    ComponentRenderPolicy(ComponentRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Set<String> excludedKeys(io.jenkins.plugins.packer.engine.template.legacy.ComponentKind kind,
            String type) {
        ComponentKind k = switch (kind) {
            case BUILDER -> ComponentKind.BUILDER;
            case PROVISIONER -> ComponentKind.PROVISIONER;
            case POST_PROCESSOR -> ComponentKind.POST_PROCESSOR;
        };
        Set<String> out = new LinkedHashSet<>();
        registry.find(k, type).ifPresent(t -> {
            for (ConfigField f : t.config().fields()) {
                if (f.component().isAnnotationPresent(RuntimeTemplate.class)) {
                    out.add(f.name());
                }
            }
        });
        return out;
    }
}
