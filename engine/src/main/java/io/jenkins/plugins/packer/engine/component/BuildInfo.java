package io.jenkins.plugins.packer.engine.component;

import java.util.Map;
import java.util.Objects;

/**
 * What a component knows about the build it runs in (Packer's injected {@code packer_*} configuration keys and
 * the builder's generated data).
 *
 * @param buildName the build's full name, {@code [BUILD.]TYPE.NAME}, as printed and filtered
 * @param sourceName the source block's name label: Packer's {@code packer_build_name}, {@code PACKER_BUILD_NAME}
 *     and the manifest's {@code name}
 * @param builderType the builder type: {@code packer_builder_type}, {@code PACKER_BUILDER_TYPE}
 * @param runUuid the run's id, {@code PACKER_RUN_UUID}, shared by every build of one run
 * @param generatedData the {@code build.*} values the builder provided ({@code ID}, {@code Host}, ...); empty
 *     until the builder hands them to the provisioners
 */
public record BuildInfo(String buildName, String sourceName, String builderType, String runUuid,
                        Map<String, String> generatedData) {

    public BuildInfo {
        Objects.requireNonNull(buildName);
        Objects.requireNonNull(sourceName);
        Objects.requireNonNull(builderType);
        Objects.requireNonNull(runUuid);
        generatedData = Map.copyOf(generatedData);
    }

    /** This build with the builder's generated data. */
    public BuildInfo withGeneratedData(Map<String, String> data) {
        return new BuildInfo(buildName, sourceName, builderType, runUuid, data);
    }
}
