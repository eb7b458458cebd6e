package io.jenkins.plugins.packer.engine.cli;

import io.jenkins.plugins.packer.engine.format.Hcl2Formatter;
import io.jenkins.plugins.packer.engine.hcl.DiagnosticWriter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jpacker fmt}: rewrites HCL2 files in canonical format, as {@code packer fmt}. Output (names of changed
 * files, diffs, formatted standard input) and diagnostics go to standard output as Packer's UI writes them.
 * Exit 0, or 1 on any error, or 3 with {@code -check} when a file would change.
 */
@Command(name = "fmt", description = "Rewrites HCL2 config files to canonical format.")
final class FmtCommand extends SubCommand {

    @Mixin
    MetaArgs meta;

    @Option(names = {"-check", "--check"}, arity = "0..1", fallbackValue = "true",
            description = "Check only; exit 3 if any file is not formatted (implies -write=false).")
    boolean check;

    @Option(names = {"-diff", "--diff"}, arity = "0..1", fallbackValue = "true",
            description = "Print the differences.")
    boolean diff;

    @Option(names = {"-write", "--write"}, arity = "0..1", fallbackValue = "true", defaultValue = "true",
            description = "Write the result back to the source file (default true).")
    boolean write;

    @Option(names = {"-recursive", "--recursive"}, arity = "0..1", fallbackValue = "true",
            description = "Also process sub-directories.")
    boolean recursive;

    @Parameters(arity = "1", paramLabel = "PATH", description = "A file, a directory, or - for standard input.")
    String path;

    /** Read for the path {@code -}; tests replace it. */
    InputStream stdin = System.in;

    @Override
    public Integer call() {
        boolean writeFiles = write && !check;
        Hcl2Formatter formatter = new Hcl2Formatter(new Hcl2Formatter.Options(diff, writeFiles, recursive),
                bytes -> {
                    out().print(new String(bytes, StandardCharsets.UTF_8));
                    out().flush();
                }, stdin);
        Hcl2Formatter.Result result = formatter.format(path);
        if (!result.diagnostics().isEmpty()) {
            // Packer writes all diagnostics in one UI message, which ends with a newline of its own
            DiagnosticWriter writer = new DiagnosticWriter(List.of(), false);
            result.diagnostics().forEach(d -> out().print(writer.render(d)));
            out().print("\n");
            out().flush();
            if (result.diagnostics().hasErrors()) {
                return ExitCode.ERROR;
            }
        }
        if (check && result.bytesModified() > 0) {
            return ExitCode.FMT_WOULD_CHANGE;
        }
        return ExitCode.OK;
    }
}
