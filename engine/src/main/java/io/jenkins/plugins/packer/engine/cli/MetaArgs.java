package io.jenkins.plugins.packer.engine.cli;

import io.jenkins.plugins.packer.engine.command.TemplateInputs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Flags Packer shares between build, validate, inspect, console, fmt, init, fix and hcl2_upgrade
 * ({@code MetaArgs} in Packer's command package). Go's flag package accepts both {@code -name} and
 * {@code --name}, and {@code -name=value} as well as {@code -name value}; so do these.
 */
public final class MetaArgs {

    @Option(names = {"-only", "--only"}, split = ",", paramLabel = "GLOB",
            description = "Build only the builds matching these comma-separated globs.")
    List<String> only = new ArrayList<>();

    @Option(names = {"-except", "--except"}, split = ",", paramLabel = "GLOB",
            description = "Build all builds and post-processors except those matching these globs.")
    List<String> except = new ArrayList<>();

    @Option(names = {"-var", "--var"}, paramLabel = "KEY=VALUE",
            description = "Set a variable. Repeatable; always applied after every -var-file.")
    List<String> vars = new ArrayList<>();

    @Option(names = {"-var-file", "--var-file"}, paramLabel = "PATH",
            description = "Read variables from a .pkrvars.hcl or .json file. Repeatable; applied in order.")
    List<String> varFiles = new ArrayList<>();

    @Option(names = {"-config-type", "--config-type"}, paramLabel = "TYPE",
            description = "Force the template type when reading standard input: ${COMPLETION-CANDIDATES}.")
    ConfigType configType;

    /** Template syntaxes {@code -config-type} accepts, spelled as on Packer's command line. */
    public enum ConfigType {
        json, hcl2
    }

    public List<String> only() {
        return List.copyOf(only);
    }

    public List<String> except() {
        return List.copyOf(except);
    }

    public List<String> varFiles() {
        return List.copyOf(varFiles);
    }

    public ConfigType configType() {
        return configType;
    }

    /** The template inputs of a command run on {@code template}. */
    public TemplateInputs inputs(String template) {
        List<Path> files = new ArrayList<>();
        for (String f : varFiles) {
            files.add(Path.of(f));
        }
        return new TemplateInputs(Path.of(template), files, vars(), only(), except());
    }

    /**
     * The {@code -var} assignments in command-line order; a later assignment to the same name wins.
     *
     * @throws IllegalArgumentException for an argument without {@code =}, with Packer's wording
     */
    public Map<String, String> vars() {
        Map<String, String> result = new LinkedHashMap<>();
        for (String raw : vars) {
            int eq = raw.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("No '=' value in arg: " + raw);
            }
            String key = raw.substring(0, eq);
            result.remove(key);
            result.put(key, raw.substring(eq + 1));
        }
        return result;
    }
}
