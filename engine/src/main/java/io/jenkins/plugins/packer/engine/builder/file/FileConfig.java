package io.jenkins.plugins.packer.engine.builder.file;

import io.jenkins.plugins.packer.engine.config.Doc;
import io.jenkins.plugins.packer.engine.config.Validated;
import io.jenkins.plugins.packer.engine.config.Validation;

/** Configuration of the {@code file} builder. */
@Doc("Creates an artifact from a file: writes `content` to `target`, or copies `source` to it. It needs no "
        + "machine, so it is handy for testing templates, provisioners and post-processors.")
public record FileConfig(
        @Doc("The file to write. Directories leading to it are created.") String target,
        @Doc("A local file to copy to `target`. Conflicts with `content`.") String source,
        @Doc("The text to write to `target`. Conflicts with `source`; when both are empty `target` is "
                + "created empty.") String content) implements Validated {

    @Override
    public void validate(Validation v) {
        if (!v.isUnknown("target") && (target == null || target.isEmpty())) {
            v.error("target", "target required", "The file builder needs a `target` file to write.");
        }
        boolean hasContent = content != null && !content.isEmpty() || v.isUnknown("content");
        boolean hasSource = source != null && !source.isEmpty() || v.isUnknown("source");
        if (hasContent && hasSource) {
            v.error("content", "Cannot specify source file AND content",
                    "Set either `source` (a file to copy) or `content` (text to write), not both.");
        } else if (!hasContent && !hasSource) {
            v.warning("target", "Both source file and contents are blank; target will have no content",
                    "Neither `source` nor `content` is set, so `target` is created empty.");
        }
    }
}
