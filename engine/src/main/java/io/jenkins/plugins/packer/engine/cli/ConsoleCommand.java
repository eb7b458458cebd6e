package io.jenkins.plugins.packer.engine.cli;

import io.jenkins.plugins.packer.engine.api.EngineVersion;
import io.jenkins.plugins.packer.engine.command.Console;
import io.jenkins.plugins.packer.engine.component.ComponentRegistry;
import io.jenkins.plugins.packer.engine.hcl.function.lib.PackerFunctions;
import io.jenkins.plugins.packer.engine.template.TemplateRequest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code jpacker console}: evaluates expressions read from standard input in a template's context
 * ({@link Console}). Without a template the context is empty apart from {@code path}, {@code packer} and the
 * functions (Packer's {@code -config-type=hcl2} mode).
 */
@Command(name = "console", description = "Evaluate expressions in the context of a template.")
final class ConsoleCommand extends SubCommand {

    @ParentCommand
    JPacker root;

    @Mixin
    MetaArgs meta;

    @Option(names = {"-use-sequential-evaluation", "--use-sequential-evaluation"}, arity = "0..1",
            fallbackValue = "true", description = "Evaluate locals and data sources in file order.")
    boolean useSequentialEvaluation;

    @Parameters(arity = "0..1", paramLabel = "TEMPLATE", description = "An optional template file or directory.")
    String template;

    @Override
    public Integer call() {
        if (template == null && meta.configType() == MetaArgs.ConfigType.json) {
            err().println("Error: the legacy JSON console (-config-type=json without a template) is not supported; "
                    + "use -config-type=hcl2 or give an HCL2 template.");
            err().flush();
            return ExitCode.ERROR;
        }
        Path cwd = Path.of("").toAbsolutePath();
        Path path = template == null ? null : Path.of(template);
        Path baseDir = path == null ? cwd : Files.isDirectory(path) ? path
                : path.getParent() == null ? Path.of(".") : path.getParent();
        TemplateRequest request = new TemplateRequest(path, meta.varFiles().stream().map(Path::of).toList(),
                meta.vars(), root.environment, cwd, components(),
                PackerFunctions.table(new PackerFunctions.Options(baseDir, Instant.now())),
                EngineVersion.current().packerCompatible(), false);
        BufferedReader in = new BufferedReader(new InputStreamReader(root.stdin, StandardCharsets.UTF_8));
        boolean terminal = System.console() != null && root.stdin == System.in;
        return new Console(request).run(in, out(), terminal);
    }

    /** The components templates may name; none are registered in the engine yet. */
    private static ComponentRegistry components() {
        return new ComponentRegistry();
    }
}
