package io.jenkins.plugins.packer.engine.template;

import java.nio.file.Files;
import java.nio.file.Path;

/** Which template language a path holds, decided as Packer's CLI decides it. */
public enum TemplateKind {
    /** HCL2: a directory, or a file ending in {@code .pkr.hcl} or {@code .pkr.json}. */
    HCL2,
    /** A legacy JSON template: any other file. */
    LEGACY_JSON;

    public static TemplateKind of(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        if (Files.isDirectory(path) || name.endsWith(".pkr.hcl") || name.endsWith(".pkr.json")) {
            return HCL2;
        }
        return LEGACY_JSON;
    }
}
