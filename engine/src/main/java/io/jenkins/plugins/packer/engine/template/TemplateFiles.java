package io.jenkins.plugins.packer.engine.template;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.json.HclJsonParser;
import io.jenkins.plugins.packer.engine.hcl.syntax.HclParser;
import io.jenkins.plugins.packer.engine.hcl.syntax.ParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds and parses the files of an HCL2 template, as Packer does: a file, or the {@code *.pkr.hcl} then
 * {@code *.pkr.json} files of a directory (not recursive, lexical order); in directory mode also the
 * {@code *.auto.pkrvars.hcl} then {@code *.auto.pkrvars.json} files.
 */
public final class TemplateFiles {

    static final String HCL = ".pkr.hcl";
    static final String JSON = ".pkr.json";
    static final String AUTO_VARS_HCL = ".auto.pkrvars.hcl";
    static final String AUTO_VARS_JSON = ".auto.pkrvars.json";

    private TemplateFiles() {
    }

    /** Config files of {@code path}; "Could not find any config file" when there are none. */
    public static List<ParsedFile> configFiles(Path path, Diagnostics diags) {
        List<Path> found = find(path, HCL, JSON, diags);
        if (found.isEmpty()) {
            diags.error("Could not find any config file in " + path,
                    "A config file must be suffixed with `.pkr.hcl` or `.pkr.json`. A folder can be referenced.",
                    null);
        }
        return parseAll(found, diags);
    }

    /** Automatic variable files: only when the template path is a directory. */
    public static List<ParsedFile> autoVarFiles(Path path, Diagnostics diags) {
        if (!Files.isDirectory(path)) {
            return List.of();
        }
        return parseAll(find(path, AUTO_VARS_HCL, AUTO_VARS_JSON, diags), diags);
    }

    /** A {@code -var-file}: {@code .hcl} or {@code .json} by extension, anything else is an error. */
    public static ParsedFile varFile(Path file, Diagnostics diags) {
        String name = file.toString();
        if (!name.endsWith(".hcl") && !name.endsWith(".json")) {
            diags.error("Could not guess format of " + name, "A var file must be suffixed with `.hcl` or `.json`.",
                    null);
            return null;
        }
        return parse(file, diags);
    }

    /** Parses one file by its extension ({@code .json} is JSON syntax, anything else native syntax). */
    public static ParsedFile parse(Path file, Diagnostics diags) {
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            diags.error("Failed to read file", "The file " + quote(name) + " could not be read: "
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ".", null);
            return null;
        }
        return parse(name, bytes, name.endsWith(".json"), diags);
    }

    /** Parses bytes under a display name. */
    public static ParsedFile parse(String name, byte[] bytes, boolean json, Diagnostics diags) {
        if (json) {
            HclJsonParser.ParseResult r = HclJsonParser.parseFile(bytes, name);
            diags.addAll(r.diagnostics());
            return new ParsedFile(name, bytes, r.body(), true);
        }
        ParseResult r = HclParser.parseFile(bytes, name);
        diags.addAll(r.diags());
        return new ParsedFile(name, bytes, r.body(), false);
    }

    private static List<ParsedFile> parseAll(List<Path> files, Diagnostics diags) {
        List<ParsedFile> out = new ArrayList<>();
        for (Path p : files) {
            ParsedFile f = parse(p, diags);
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    private static List<Path> find(Path path, String hclSuffix, String jsonSuffix, Diagnostics diags) {
        if (!Files.isDirectory(path)) {
            String name = path.getFileName() == null ? "" : path.getFileName().toString();
            if (!Files.exists(path)) {
                diags.error("Could not find any config file in " + path, "The path " + quote(path.toString())
                        + " does not exist.", null);
                return List.of();
            }
            return name.endsWith(hclSuffix) || name.endsWith(jsonSuffix) ? List.of(path) : List.of();
        }
        List<Path> hcl = new ArrayList<>();
        List<Path> json = new ArrayList<>();
        try (Stream<Path> s = Files.list(path)) {
            s.sorted().forEach(p -> {
                String n = p.getFileName().toString();
                if (Files.isDirectory(p)) {
                    return;
                }
                if (n.endsWith(hclSuffix)) {
                    hcl.add(p);
                } else if (n.endsWith(jsonSuffix)) {
                    json.add(p);
                }
            });
        } catch (IOException e) {
            diags.error("Failed to read directory", "The directory " + quote(path.toString()) + " could not be read: "
                    + e.getMessage() + ".", null);
        }
        hcl.addAll(json);
        return hcl;
    }

    private static String quote(String s) {
        return "\"" + s + "\"";
    }
}
