package io.jenkins.plugins.packer.engine.plan;

import io.jenkins.plugins.packer.engine.build.BuildContext;
import io.jenkins.plugins.packer.engine.build.BuildFailure;
import io.jenkins.plugins.packer.engine.config.Decoded;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import java.util.Map;

/**
 * Decodes a component's configuration when it is about to run, with the build values known (Packer's
 * {@code HCL2Prepare}): problems fail the build with hcl's error text and the diagnostics; secrets found are
 * registered with the build's masker.
 */
final class RuntimeConfig {

    private RuntimeConfig() {
    }

    static Object decode(ComponentConfig config, Map<String, String> buildData, BuildContext build)
            throws BuildFailure {
        Diagnostics diags = new Diagnostics();
        Decoded<? extends Record> decoded = config.decode(buildData, diags);
        build.masker().registerAll(decoded.secrets());
        for (String field : decoded.unknownFields()) {
            diags.error("Unknown value for \"" + field + "\"", "The " + config.type().kind().label() + " "
                    + config.type().name() + " needs \"" + field + "\", whose value depends on build values the "
                    + "builder did not provide.", config.range());
        }
        if (diags.hasErrors() || decoded.config() == null) {
            throw new BuildFailure(GoErrors.diagnostics(diags), diags.asList());
        }
        return decoded.config();
    }
}
