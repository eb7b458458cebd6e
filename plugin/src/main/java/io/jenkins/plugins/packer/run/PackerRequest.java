package io.jenkins.plugins.packer.run;

import io.jenkins.plugins.packer.launch.BuildFlags;
import io.jenkins.plugins.packer.launch.EngineOptions;
import io.jenkins.plugins.packer.launch.TemplateOptions;
import io.jenkins.plugins.packer.launch.ValidateFlags;
import io.jenkins.plugins.packer.report.ArchivePlan;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything one {@code packerBuild}/{@code packerValidate} call asks for, already validated, minus the
 * credentials (those arrive resolved, as {@code BoundCredentials}).
 *
 * @param validate {@code true} for {@code jpacker validate}, {@code false} for {@code jpacker build}
 * @param buildFlags used by build
 * @param validateFlags used by validate
 * @param vars the user's (non-secret) template variables
 * @param environment the build's environment (EnvVars), passed to the engine and read for build metadata
 * @param archiveKey distinguishes several calls in one build in archive paths
 */
public record PackerRequest(boolean validate, TemplateOptions template, BuildFlags buildFlags,
        ValidateFlags validateFlags, Map<String, Object> vars, EngineOptions engineOptions,
        ArchivePlan.Options archive, Map<String, String> environment, String archiveKey) {

    public PackerRequest {
        buildFlags = buildFlags == null ? BuildFlags.defaults() : buildFlags;
        validateFlags = validateFlags == null ? new ValidateFlags(false, false) : validateFlags;
        vars = Collections.unmodifiableMap(new LinkedHashMap<>(vars == null ? Map.of() : vars));
        engineOptions = engineOptions == null ? EngineOptions.defaults() : engineOptions;
        archive = archive == null ? ArchivePlan.Options.DEFAULT : archive;
        environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment == null ? Map.of() : environment));
        if (archiveKey == null || !archiveKey.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("archive key must be 1-64 letters, digits, '.', '_' or '-'");
        }
    }
}
