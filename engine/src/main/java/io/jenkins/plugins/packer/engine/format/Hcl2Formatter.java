package io.jenkins.plugins.packer.engine.format;

import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.syntax.HclParser;
import io.jenkins.plugins.packer.engine.hcl.syntax.ParseResult;
import io.jenkins.plugins.packer.engine.hcl.write.HclFormatter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * What {@code packer fmt} does with a path (Packer's {@code HCL2Formatter}): formats a {@code .pkr.hcl} or
 * {@code .pkrvars.hcl} file, every such file of a directory (and of its sub-directories with
 * {@code recursive}), or standard input for {@code -}. For each file that changes it prints the file's name,
 * rewrites the file when {@code write} is set, and prints a unified diff when {@code showDiff} is set; standard
 * input is echoed, formatted. A file that does not parse, is not HCL, or cannot be read is reported as a
 * diagnostic "encountered an error while formatting FILE" and left alone.
 */
public final class Hcl2Formatter {

    /** Packer's formatter switches ({@code -check} is {@code write=false} plus the exit code). */
    public record Options(boolean showDiff, boolean write, boolean recursive) {
    }

    /**
     * The outcome: how many bytes the formatted versions of changed files hold (Packer's count, zero when
     * nothing changes) and the problems found.
     */
    public record Result(long bytesModified, Diagnostics diagnostics) {
    }

    private final Options options;
    private final Consumer<byte[]> output;
    private final InputStream stdin;
    private boolean showDiff;

    /**
     * @param output receives file names, diffs and formatted standard input, in order
     * @param stdin read for the path {@code -}
     */
    public Hcl2Formatter(Options options, Consumer<byte[]> output, InputStream stdin) {
        this.options = options;
        this.output = output;
        this.stdin = stdin;
        this.showDiff = options.showDiff();
    }

    /** Formats {@code path}: a file, a directory, or {@code -} for standard input. */
    public Result format(String path) {
        Diagnostics diags = new Diagnostics();
        long bytes = formatPath(path, diags);
        return new Result(bytes, diags);
    }

    private long formatPath(String path, Diagnostics diags) {
        if (!Files.isDirectory(Path.of(path))) {
            return formatFile(path, diags);
        }
        List<Path> entries;
        try (Stream<Path> s = Files.list(Path.of(path))) {
            entries = new ArrayList<>(s.toList());
        } catch (IOException | RuntimeException e) {
            diags.add(Diagnostic.error("Cannot read hcl directory", GoPaths.error("open", path,
                    e instanceof IOException io ? io : new IOException(e.getMessage())), null));
            return 0;
        }
        entries.sort((a, b) -> Arrays.compare(name(a).getBytes(StandardCharsets.UTF_8),
                name(b).getBytes(StandardCharsets.UTF_8)));
        long bytes = 0;
        for (Path entry : entries) {
            String name = name(entry);
            if (ignored(name)) {
                continue;
            }
            String filename = GoPaths.join(path, name);
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                if (options.recursive()) {
                    bytes += formatPath(filename, diags);
                }
                continue;
            }
            if (isHclFile(filename)) {
                bytes += formatFile(filename, diags);
            }
        }
        return bytes;
    }

    private static String name(Path p) {
        return p.getFileName().toString();
    }

    /** Editor leftovers and hidden files: {@code .x}, {@code x~}, {@code #x#}. */
    static boolean ignored(String name) {
        return name.startsWith(".") || name.endsWith("~") || (name.startsWith("#") && name.endsWith("#"));
    }

    static boolean isHclFile(String path) {
        return path.endsWith(".pkr.hcl") || path.endsWith(".pkrvars.hcl");
    }

    private long formatFile(String filename, Diagnostics diags) {
        try {
            return process(filename);
        } catch (FormatException e) {
            diags.add(Diagnostic.error("encountered an error while formatting " + filename, e.getMessage(), null));
            return 0;
        }
    }

    private long process(String filename) throws FormatException {
        boolean isStdin = filename.equals("-");
        if (!isStdin && !isHclFile(filename)) {
            throw new FormatException("file " + filename + " is not a HCL file");
        }
        byte[] in;
        if (isStdin) {
            showDiff = false;
            try {
                in = stdin.readAllBytes();
            } catch (IOException e) {
                throw new FormatException("failed to read " + filename + ": " + GoPaths.error("read", filename, e));
            }
        } else {
            try {
                in = Files.readAllBytes(Path.of(filename));
            } catch (IOException e) {
                throw new FormatException("failed to open " + filename + ": " + GoPaths.error("open", filename, e));
            }
        }
        ParseResult parsed = HclParser.parseFile(in, filename);
        if (parsed.diags().hasErrors()) {
            throw new FormatException(errorList(parsed.diags()));
        }
        byte[] out = HclFormatter.format(in);
        if (Arrays.equals(in, out)) {
            if (isStdin) {
                output.accept(out);
            }
            return 0;
        }
        if (!isStdin) {
            output.accept((filename + "\n").getBytes(StandardCharsets.UTF_8));
        }
        if (options.write()) {
            if (isStdin) {
                output.accept(out);
            } else {
                try {
                    Files.write(Path.of(filename), out);
                } catch (IOException e) {
                    throw new FormatException(GoPaths.error("open", filename, e));
                }
            }
        }
        if (showDiff) {
            output.accept(UnifiedDiff.diff(in, out, "old/" + filename, "new/" + filename));
        }
        return out.length;
    }

    /** The errors as Packer shows them: go-multierror's list of {@code RANGE: SUMMARY; DETAIL}. */
    static String errorList(Diagnostics diags) {
        List<String> points = new ArrayList<>();
        for (Diagnostic d : diags) {
            if (d.isError()) {
                points.add("* " + (d.subject() == null ? "<nil>" : d.subject().toString()) + ": " + d.summary()
                        + "; " + d.detail());
            }
        }
        if (points.size() == 1) {
            return "1 error occurred:\n\t" + points.get(0) + "\n\n";
        }
        return points.size() + " errors occurred:\n\t" + String.join("\n\t", points) + "\n\n";
    }

    /** A file that cannot be formatted; the message is the diagnostic's detail. */
    private static final class FormatException extends Exception {
        private static final long serialVersionUID = 1L;

        FormatException(String message) {
            super(message);
        }
    }
}
