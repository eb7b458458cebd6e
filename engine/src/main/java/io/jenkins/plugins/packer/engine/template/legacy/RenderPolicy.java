package io.jenkins.plugins.packer.engine.template.legacy;

import io.jenkins.plugins.packer.engine.gotemplate.GoFunction;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What components tell the template layer about interpolating their configuration, as Packer plugins do in
 * their {@code Prepare}: top-level keys rendered later by the component itself (for example
 * {@code boot_command}, whose {@code {{ .HTTPIP }}} is only known at run time; still syntax-checked now),
 * component-specific functions ({@code clean_resource_name}), and the generated-data keys a builder provides
 * to provisioners and post-processors through {@code {{ build `KEY` }}}.
 */
public interface RenderPolicy {

    /** A policy with no exclusions, no extra functions and no builder-specific generated data. */
    RenderPolicy DEFAULT = new RenderPolicy() {
    };

    /** Top-level keys not to interpolate (matched ignoring case, as the SDK's RenderFilter does). */
    default Set<String> excludedKeys(ComponentKind kind, String type) {
        return Set.of();
    }

    /** Functions the component adds to the template language. */
    default Map<String, GoFunction> extraFunctions(ComponentKind kind, String type) {
        return Map.of();
    }

    /** Generated-data keys a builder of {@code builderType} provides beyond the common ones. */
    default List<String> generatedDataKeys(String builderType) {
        return List.of();
    }
}
