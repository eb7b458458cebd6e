package io.jenkins.plugins.packer.engine.template.legacy;

import java.util.List;

/**
 * The {@code only} / {@code except} lists of a provisioner or post-processor: build names it runs for or
 * skips. At most one of them may be set (checked by {@link LegacyTemplateValidator}).
 */
public record OnlyExcept(List<String> only, List<String> except) {

    public static final OnlyExcept NONE = new OnlyExcept(List.of(), List.of());

    public OnlyExcept {
        only = List.copyOf(only);
        except = List.copyOf(except);
    }

    /** Whether the component is skipped for the build named {@code buildName} (Packer's OnlyExcept.Skip). */
    public boolean skip(String buildName) {
        if (!only.isEmpty()) {
            return !only.contains(buildName);
        }
        return except.contains(buildName);
    }
}
