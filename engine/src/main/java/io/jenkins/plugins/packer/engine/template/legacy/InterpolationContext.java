package io.jenkins.plugins.packer.engine.template.legacy;

import io.jenkins.plugins.packer.engine.gotemplate.GoFunction;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;

/**
 * What the legacy template functions see, as the SDK's {@code interpolate.Context}.
 *
 * @param userVariables the values {@code user} reads; null makes {@code user} fail
 * @param enableEnv true only while variables are interpolated: {@code env} (and {@code consul_key},
 *     {@code vault}, {@code aws_secretsmanager}) are allowed and {@code user} of an unset variable is an error
 * @param env the process environment ({@code env} reads it; a missing variable is an empty string)
 * @param buildName {@code build_name}; empty outside a build
 * @param buildType {@code build_type}; empty outside a build
 * @param templatePath the template file, for {@code template_dir}; null when unknown
 * @param packerVersion {@code packer_version}
 * @param initTime the run's start: {@code timestamp}, {@code isotime} and {@code strftime} all use it
 * @param workingDirectory {@code pwd}
 * @param data the build's generated data ({@code build `ID`}); null when the component gets none
 * @param extraFunctions component-specific functions (e.g. {@code clean_resource_name}); they win over the
 *     built-in ones
 */
public record InterpolationContext(
        Map<String, String> userVariables,
        boolean enableEnv,
        Function<String, String> env,
        String buildName,
        String buildType,
        Path templatePath,
        String packerVersion,
        Instant initTime,
        Path workingDirectory,
        Map<String, String> data,
        Map<String, GoFunction> extraFunctions) {

    public InterpolationContext {
        env = env == null ? k -> null : env;
        buildName = buildName == null ? "" : buildName;
        buildType = buildType == null ? "" : buildType;
        packerVersion = packerVersion == null ? "" : packerVersion;
        extraFunctions = extraFunctions == null ? Map.of() : Map.copyOf(extraFunctions);
    }

    public InterpolationContext withUserVariables(Map<String, String> vars, boolean enableEnvNow) {
        return new InterpolationContext(vars, enableEnvNow, env, buildName, buildType, templatePath, packerVersion,
                initTime, workingDirectory, data, extraFunctions);
    }

    public InterpolationContext forBuild(String name, String type, Map<String, String> generatedData,
            Map<String, GoFunction> extra) {
        return new InterpolationContext(userVariables, false, env, name, type, templatePath, packerVersion,
                initTime, workingDirectory, generatedData, extra);
    }
}
