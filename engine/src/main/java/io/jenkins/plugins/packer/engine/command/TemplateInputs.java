package io.jenkins.plugins.packer.engine.command;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The template arguments shared by build, validate, inspect and console: path, var files, vars, filters. */
public record TemplateInputs(Path path, List<Path> varFiles, Map<String, String> vars, List<String> only,
        List<String> except) {

    public TemplateInputs {
        varFiles = List.copyOf(varFiles);
        vars = Map.copyOf(vars);
        only = List.copyOf(only);
        except = List.copyOf(except);
    }
}
