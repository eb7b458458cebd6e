package io.jenkins.plugins.packer.engine.testing;

import io.jenkins.plugins.packer.engine.builtin.BuiltinComponents;
import io.jenkins.plugins.packer.engine.component.ComponentKind;
import io.jenkins.plugins.packer.engine.component.ComponentRegistry;
import io.jenkins.plugins.packer.engine.component.ComponentType;
import io.jenkins.plugins.packer.engine.config.Validated;
import io.jenkins.plugins.packer.engine.config.Validation;
import java.util.List;

/**
 * The components Packer's command tests register (command/utils_test.go {@code testCoreConfigBuilder}): the
 * file and null builders, shell-local and manifest, the null and {@code mock} data sources (here: this engine's
 * built-ins plus {@link MockDataSource}) and the {@code file} provisioner, which this engine does not provide
 * yet; it is declared here with the real provisioner's fields and its configuration checks.
 */
public final class PackerCommandComponents {

    /**
     * The file provisioner's configuration (packer's provisioner/file). A value not known at validation time
     * fails the direction check, as Packer's placeholder for unknown values does; whether sources exist is not
     * checked (the tests do not depend on it).
     */
    public record FileProvisionerConfig(String source, List<String> sources, String destination, String direction,
            String content, Boolean generated) implements Validated {

        @Override
        public void validate(Validation v) {
            String dir = direction == null || direction.isEmpty() ? "upload" : direction;
            if (v.isUnknown("direction") || !dir.equals("upload") && !dir.equals("download")) {
                v.error("direction", "Direction must be one of: download, upload.", "");
            }
            if ((destination == null || destination.isEmpty()) && !v.isUnknown("destination")) {
                v.error("destination", "Destination must be specified.", "");
            }
        }
    }

    private PackerCommandComponents() {
    }

    public static ComponentRegistry registry() {
        return BuiltinComponents.registry().register(MockDataSource.type())
                .replace(ComponentType.of(ComponentKind.PROVISIONER, "file", "", FileProvisionerConfig.class));
    }
}
