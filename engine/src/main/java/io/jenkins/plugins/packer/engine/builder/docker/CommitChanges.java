package io.jenkins.plugins.packer.engine.builder.docker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The changes a commit applies: the template's {@code changes}, then the base image's {@code CMD} and
 * {@code ENTRYPOINT} unless the template sets them. The build container runs with {@code --entrypoint=/bin/sh},
 * which a plain commit would keep (packer 1.6.6 does: its images then run {@code /bin/sh CMD}); newer Packer
 * docker plugins and this engine restore the base image's settings. A base image without an entrypoint gets
 * {@code ENTRYPOINT [""]}, which the Engine reads as none.
 */
final class CommitChanges {

    private CommitChanges() {
    }

    static List<String> of(List<String> changes, ImageInfo base) {
        List<String> out = new ArrayList<>(changes);
        boolean hasCmd = false;
        boolean hasEntrypoint = false;
        for (String c : changes) {
            String word = DockerConfig.firstWord(c).toUpperCase(Locale.ROOT);
            hasCmd |= word.equals("CMD");
            hasEntrypoint |= word.equals("ENTRYPOINT");
        }
        if (!hasCmd && base != null && !base.cmd().isEmpty()) {
            out.add("CMD " + json(base.cmd()));
        }
        if (!hasEntrypoint) {
            out.add("ENTRYPOINT " + json(base == null || base.entrypoint().isEmpty() ? List.of("") : base.entrypoint()));
        }
        return out;
    }

    private static String json(List<String> args) {
        return EngineJson.write(args);
    }
}
