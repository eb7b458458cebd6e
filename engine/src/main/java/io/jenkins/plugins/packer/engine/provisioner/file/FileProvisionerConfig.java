package io.jenkins.plugins.packer.engine.provisioner.file;

import io.jenkins.plugins.packer.engine.config.Doc;
import io.jenkins.plugins.packer.engine.config.Validated;
import io.jenkins.plugins.packer.engine.config.Validation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Configuration of the {@code file} provisioner (Packer's core {@code provisioner/file}). */
@Doc("Uploads files and directories to the machine, or downloads them from it, through the communicator. A "
        + "directory source ending in `/` copies its contents; without the slash the directory itself is copied "
        + "into the destination. A destination ending in `/` is a directory that receives the source's name.")
public record FileProvisionerConfig(
        @Doc("A local file or directory to upload (or, with `direction = \"download\"`, a remote one).") String source,
        @Doc("Several sources, all copied into the destination directory (which must end in `/`).")
        List<String> sources,
        @Doc("Text written to the destination instead of copying a source.") String content,
        @Doc("Where to copy to; parent directories must exist on the remote side.") String destination,
        @Doc("`upload` (default) or `download`.") String direction,
        @Doc("Check that upload sources exist only when the provisioner runs (files made during the build).")
        boolean generated) implements Validated {

    /** {@code source} and {@code sources} together, as Packer appends them. */
    public List<String> allSources() {
        List<String> all = new ArrayList<>(sources == null ? List.of() : sources);
        if (source != null && !source.isEmpty()) {
            all.add(source);
        }
        return all;
    }

    /** True for {@code direction = "download"}. */
    public boolean download() {
        return "download".equals(direction);
    }

    @Override
    public void validate(Validation v) {
        if (direction != null && !direction.isEmpty() && !direction.equals("upload") && !direction.equals("download")
                && !v.isUnknown("direction")) {
            v.error("direction", "Direction must be one of: download, upload.", "");
        }
        List<String> all = allSources();
        boolean someSource = !all.isEmpty() || v.isUnknown("source") || v.isUnknown("sources");
        boolean hasContent = content != null && !content.isEmpty() || v.isUnknown("content");
        if (!download() && !generated) {
            for (String src : all) {
                Path p = Path.of(src);
                if (p.isAbsolute() && !Files.exists(p)) {
                    v.error(source != null && source.equals(src) ? "source" : "sources",
                            "Bad source '" + src + "': stat " + src + ": no such file or directory", "");
                }
            }
        }
        if (!all.isEmpty() && hasContent) {
            v.error("content", "source(s) conflicts with content.", "");
        }
        if ((destination == null || destination.isEmpty()) && !v.isUnknown("destination")) {
            v.error("destination", "Destination must be specified.", "");
        }
        if (!someSource && !hasContent) {
            v.error("source", "One of source(s) or content must be specified.", "");
        }
        if (all.size() > 1 && destination != null && !destination.endsWith("/") && !v.isUnknown("destination")) {
            v.error("destination", "Destination must be a directory when using multiple sources.",
                    "End the destination with \"/\"; every source keeps its name inside it.");
        }
    }
}
