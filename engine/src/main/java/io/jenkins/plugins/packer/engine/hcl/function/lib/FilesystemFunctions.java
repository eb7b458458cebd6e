package io.jenkins.plugins.packer.engine.hcl.function.lib;

import io.jenkins.plugins.packer.engine.hcl.function.Function;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionException;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionSpec;
import io.jenkins.plugins.packer.engine.hcl.value.Quote;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Packer's file system functions: {@code abspath}, {@code basename}, {@code dirname}, {@code file},
 * {@code filebase64}, {@code fileexists}, {@code fileset} and {@code pathexpand}. As in Packer,
 * {@code file}, {@code fileexists} and {@code fileset} resolve relative paths against the template's
 * directory, while {@code abspath} and {@code filebase64} resolve them against the working directory;
 * {@code ~} is the home directory. Paths use forward slashes (Go's Unix rules). {@code templatefile}
 * ({@link TemplateFileFunction}) reads files through {@code file}.
 */
public final class FilesystemFunctions {

    private FilesystemFunctions() {
    }

    /** The functions for templates in {@code baseDir}, with this process's working and home directories. */
    public static Map<String, Function> all(Path baseDir) {
        String home = System.getenv("HOME");
        return all(baseDir, Path.of("").toAbsolutePath(),
                Path.of(home == null || home.isEmpty() ? System.getProperty("user.home") : home));
    }

    /** The functions, with every directory they depend on given explicitly. */
    public static Map<String, Function> all(Path baseDir, Path workingDir, Path homeDir) {
        String base = baseDir.toAbsolutePath().toString();
        String cwd = workingDir.toAbsolutePath().toString();
        String home = homeDir.toString();
        Map<String, Function> m = new TreeMap<>();
        m.put("abspath", Specs.stringToString("path",
                p -> GoPaths.isAbs(p) ? GoPaths.clean(p) : GoPaths.join(cwd, p)));
        m.put("basename", Specs.stringToString("path", GoPaths::base));
        m.put("dirname", Specs.stringToString("path", GoPaths::dir));
        m.put("pathexpand", Specs.stringToString("path", p -> {
            try {
                return GoPaths.expandHome(p, home);
            } catch (GoPaths.HomeException e) {
                throw new FunctionException(e.getMessage());
            }
        }));
        m.put("file", Specs.stringToString("path", p -> utf8(p, read(resolve(base, home, p)))));
        m.put("filebase64", Specs.stringToString("path", p -> GoBase64.encode(readFromWorkingDir(cwd, p))));
        m.put("fileexists", FunctionSpec.builder()
                .param("path", Type.STRING)
                .returns(Type.BOOL)
                .impl((args, ret) -> Value.bool(exists(resolve(base, home, args.get(0).asString()))))
                .build());
        m.put("fileset", FunctionSpec.builder()
                .param("path", Type.STRING)
                .param("pattern", Type.STRING)
                .returns(Type.set(Type.STRING))
                .impl((args, ret) -> fileset(base, args.get(0).asString(), args.get(1).asString()))
                .build());
        return m;
    }

    /** go-cty-funcs' path handling: expand {@code ~}, join relative paths to the base, clean. */
    private static String resolve(String base, String home, String path) throws FunctionException {
        String p;
        try {
            p = GoPaths.expandHome(path, home);
        } catch (GoPaths.HomeException e) {
            throw new FunctionException("failed to expand ~: " + e.getMessage());
        }
        return GoPaths.clean(GoPaths.isAbs(p) ? p : GoPaths.join(base, p));
    }

    private static byte[] read(String path) throws FunctionException {
        try {
            return Files.readAllBytes(Path.of(path));
        } catch (NoSuchFileException e) {
            throw new FunctionException("no file exists at " + path);
        } catch (IOException | SecurityException e) {
            throw new FunctionException("failed to read " + path);
        }
    }

    private static String utf8(String argument, byte[] bytes) throws FunctionException {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new FunctionException("contents of " + argument + " are not valid UTF-8; use the filebase64 function "
                    + "to obtain the Base64 encoded contents or the other file functions (e.g. filemd5, filesha256) "
                    + "to obtain file hashing results instead");
        }
    }

    /** Packer's own filebase64: the path as given, relative to the working directory, Go's os errors. */
    private static byte[] readFromWorkingDir(String cwd, String path) throws FunctionException {
        Path p = Path.of(GoPaths.isAbs(path) ? path : GoPaths.join(cwd, path));
        try {
            if (Files.isDirectory(p)) {
                throw new FunctionException("failed to read file " + Quote.go(path) + ": read " + path
                        + ": is a directory");
            }
            return Files.readAllBytes(p);
        } catch (NoSuchFileException e) {
            throw new FunctionException("failed to read file " + Quote.go(path) + ": open " + path
                    + ": no such file or directory");
        } catch (AccessDeniedException e) {
            throw new FunctionException("failed to read file " + Quote.go(path) + ": open " + path
                    + ": permission denied");
        } catch (IOException | SecurityException e) {
            String reason = e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null
                    ? fse.getReason().toLowerCase(java.util.Locale.ROOT) : String.valueOf(e.getMessage());
            throw new FunctionException("failed to read file " + Quote.go(path) + ": open " + path + ": " + reason);
        }
    }

    private static boolean exists(String path) throws FunctionException {
        Path p = Path.of(path);
        String mode;
        try {
            if (Files.isRegularFile(p)) {
                return true;
            }
            mode = GoFileMode.of(p);
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException | SecurityException e) {
            throw new FunctionException("failed to stat " + path);
        }
        throw new FunctionException(path + " is not a regular file, but " + Quote.go(mode));
    }

    private static Value fileset(String base, String path, String pattern) throws FunctionException {
        String dir = GoPaths.isAbs(path) ? path : GoPaths.join(base, path);
        String full = GoPaths.join(dir, pattern);
        List<String> matches;
        try {
            matches = Glob.glob(full);
        } catch (Glob.BadPatternException e) {
            throw new FunctionException("failed to glob pattern (" + full + "): " + e.getMessage());
        }
        List<Value> out = new ArrayList<>();
        for (String match : matches) {
            Path p = Path.of(match);
            if (!Files.exists(p)) {
                throw new FunctionException("failed to stat (" + match + "): stat " + match
                        + ": no such file or directory");
            }
            if (!Files.isRegularFile(p)) {
                continue;
            }
            String rel = GoPaths.rel(dir, match);
            if (rel == null) {
                throw new FunctionException("failed to trim path of match (" + match + "): Rel: can't make " + match
                        + " relative to " + dir);
            }
            out.add(Value.string(rel));
        }
        return Value.set(Type.STRING, out);
    }
}
