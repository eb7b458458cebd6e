package io.jenkins.plugins.packer.engine.postprocessor.manifest;

import io.jenkins.plugins.packer.engine.config.Default;
import io.jenkins.plugins.packer.engine.config.Doc;
import java.util.Map;

/** Configuration of the {@code manifest} post-processor. */
@Doc("Records each build's artifact in a JSON file (`packer-manifest.json`): name, builder type, time, files with "
        + "sizes, artifact id, the run's id and custom data. Builds of one run are appended to the same file; a "
        + "later run appends too, unless `-force` is given.")
public record ManifestConfig(
        @Doc("The manifest file.") @Default("packer-manifest.json") String output,
        @Doc("Record only file names, without their directories.") Boolean stripPath,
        @Doc("Leave `build_time` out.") Boolean stripTime,
        @Doc("Extra strings recorded with the build; values are Go templates over the build's generated data.")
        Map<String, String> customData) {
}
