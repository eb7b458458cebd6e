package io.jenkins.plugins.packer.engine.postprocessor.checksum;

import io.jenkins.plugins.packer.engine.config.Default;
import io.jenkins.plugins.packer.engine.component.RuntimeTemplate;
import io.jenkins.plugins.packer.engine.config.Doc;
import io.jenkins.plugins.packer.engine.config.Validated;
import io.jenkins.plugins.packer.engine.config.Validation;
import java.util.List;

/** Configuration of the {@code checksum} post-processor. */
@Doc("Writes checksum files of the artifact's files (`HEX<TAB>basename` lines, appended) and adds them to the "
        + "artifact.")
public record ChecksumConfig(
        @Doc("Algorithms: md5, sha1, sha224, sha256, sha384, sha512; default `[\"md5\"]`.")
        List<String> checksumTypes,
        @Doc("The checksum file, a Go template with `{{.BuildName}}`, `{{.BuilderType}}`, `{{.ChecksumType}}` and "
                + "the build's generated data.")
        @RuntimeTemplate @Default("packer_{{.BuildName}}_{{.BuilderType}}_{{.ChecksumType}}.checksum") String output)
        implements Validated {

    @Override
    public void validate(Validation v) {
        if (checksumTypes != null) {
            for (String t : checksumTypes) {
                if (ChecksumType.of(t) == null) {
                    v.error("checksum_types", "Unrecognized checksum type: " + t,
                            "Use md5, sha1, sha224, sha256, sha384 or sha512.");
                }
            }
        }
    }
}
