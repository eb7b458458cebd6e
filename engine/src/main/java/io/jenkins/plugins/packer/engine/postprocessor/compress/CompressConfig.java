package io.jenkins.plugins.packer.engine.postprocessor.compress;

import io.jenkins.plugins.packer.engine.config.Default;
import io.jenkins.plugins.packer.engine.component.RuntimeTemplate;
import io.jenkins.plugins.packer.engine.config.Doc;
import io.jenkins.plugins.packer.engine.config.Validated;
import io.jenkins.plugins.packer.engine.config.Validation;

/** Configuration of the {@code compress} post-processor. */
@Doc("Compresses the artifact's files into one archive. The format follows the output's extension: `.tar`, "
        + "`.zip`, `.gz`, `.tar.gz`/`.tgz`, `.bgzf`, `.lz4`, `.xz` (any other: tar + gzip); several input files "
        + "need an archive (`.tar*` or `.zip`).")
public record CompressConfig(
        @Doc("The archive, a Go template with `{{.BuildName}}`, `{{.BuilderType}}` and the build's generated data.")
        @RuntimeTemplate @Default("packer_{{.BuildName}}_{{.BuilderType}}") String output,
        @Doc("An extension that overrides the one of `output`, e.g. `tar.gz`.") String format,
        @Doc("0-9; -1 or 0 mean the default, 6; above 9 means 9.") Integer compressionLevel) implements Validated {

    @Override
    public void validate(Validation v) {
        if (compressionLevel != null && compressionLevel < -1) {
            v.error("compression_level", "Invalid compression level. Expected an integer from -1 to 9.",
                    "compression_level is " + compressionLevel + ".");
        }
    }

    /** The level to use: 1..9, as Packer maps the setting. */
    int effectiveLevel() {
        int level = compressionLevel == null ? 0 : compressionLevel;
        if (level > 9) {
            return 9;
        }
        return level == -1 || level == 0 ? 6 : level;
    }
}
