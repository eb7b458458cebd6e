package io.jenkins.plugins.packer.engine.command;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.SourceFile;
import io.jenkins.plugins.packer.engine.template.legacy.LegacyTemplate;
import io.jenkins.plugins.packer.engine.template.legacy.LegacyTemplateParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Reads a legacy JSON template for a command, keeping its bytes so diagnostics can quote it. */
final class LegacyTemplateFile {

    private LegacyTemplateFile() {
    }

    /** The template (null after errors) and the file read. */
    record Loaded(LegacyTemplate template, List<SourceFile> files, byte[] bytes) {
    }

    /**
     * @param file where to read
     * @param name how diagnostics name the file (the path as the user gave it)
     */
    static Loaded load(Path file, String name, Diagnostics diags) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            diags.error(LegacyTemplateParser.SUMMARY, "open " + name + ": no such file or directory", null);
            return new Loaded(null, List.of(), null);
        } catch (IOException e) {
            diags.error(LegacyTemplateParser.SUMMARY, "open " + name + ": " + e.getMessage(), null);
            return new Loaded(null, List.of(), null);
        }
        LegacyTemplate t = LegacyTemplateParser.parse(name, bytes, file.toAbsolutePath().normalize(), diags);
        return new Loaded(t, List.of(SourceFile.of(name, bytes)), bytes);
    }
}
