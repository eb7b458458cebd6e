package io.jenkins.plugins.packer.launch;

import io.jenkins.plugins.packer.workspace.WorkspacePaths;
import java.util.ArrayList;
import java.util.List;

/**
 * Template inputs shared by {@code packerBuild} and {@code packerValidate}: the template (file or directory,
 * workspace-relative), var files (workspace-relative, applied in order) and the {@code only}/{@code except}
 * build filters. Paths are confined to the workspace on construction.
 */
public record TemplateOptions(String template, List<String> varFiles, List<String> only, List<String> except) {

    public TemplateOptions {
        template = WorkspacePaths.confine(template, "template");
        List<String> confined = new ArrayList<>();
        for (String f : varFiles == null ? List.<String>of() : varFiles) {
            confined.add(WorkspacePaths.confine(f, "varFiles entry"));
        }
        varFiles = List.copyOf(confined);
        only = clean(only, "only");
        except = clean(except, "except");
        if (!only.isEmpty() && !except.isEmpty()) {
            throw new IllegalArgumentException("only and except cannot be used together");
        }
    }

    private static List<String> clean(List<String> globs, String what) {
        List<String> out = new ArrayList<>();
        for (String g : globs == null ? List.<String>of() : globs) {
            if (g == null || g.isBlank()) {
                continue;
            }
            if (g.contains(",")) {
                throw new IllegalArgumentException(what + " entries are single globs; '" + g + "' contains a comma");
            }
            out.add(g.trim());
        }
        return List.copyOf(out);
    }
}
