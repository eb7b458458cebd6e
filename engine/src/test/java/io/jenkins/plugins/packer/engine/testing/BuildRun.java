package io.jenkins.plugins.packer.engine.testing;

import io.jenkins.plugins.packer.engine.builtin.BuiltinComponents;
import io.jenkins.plugins.packer.engine.cli.BuildArguments;
import io.jenkins.plugins.packer.engine.command.Build;
import io.jenkins.plugins.packer.engine.command.EngineEnvironment;
import io.jenkins.plugins.packer.engine.command.TemplateInputs;
import io.jenkins.plugins.packer.engine.component.ComponentRegistry;
import io.jenkins.plugins.packer.engine.step.OnError;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Runs {@code build} in-process in a working directory, capturing its output; for end-to-end tests. */
public final class BuildRun {

    /** What a run printed and returned. */
    public record Result(int exitCode, String out, String err) {
    }

    private BuildRun() {
    }

    /** The built-in components, seeing {@code env} as the CLI's see the process environment, plus Packer's
     * test-only {@code mock} data source. */
    public static ComponentRegistry components(Map<String, String> env) {
        return BuiltinComponents.registry(env).register(MockDataSource.type());
    }

    /** Runs {@code jpacker build ARGS} (build flags, meta flags and the template) in {@code cwd}. */
    public static Result run(Path cwd, Map<String, String> env, List<String> args) {
        BuildArguments.Parsed p = BuildArguments.parse(args);
        return run(cwd, env, p.inputs(), p.options());
    }

    /** As {@link #run(Path, Map, List)} with other components. */
    public static Result run(Path cwd, Map<String, String> env, ComponentRegistry components, List<String> args) {
        BuildArguments.Parsed p = BuildArguments.parse(args);
        return run(cwd, env, components, p.inputs(), p.options());
    }

    public static Result run(Path cwd, Map<String, String> env, TemplateInputs inputs, Build.Options options) {
        return run(cwd, env, components(env), inputs, options);
    }

    private static Result run(Path cwd, Map<String, String> env, ComponentRegistry components, TemplateInputs inputs,
            Build.Options options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Build.run(inputs, options, new EngineEnvironment(env, cwd, components, "1.16.0", Instant.now()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Build options as {@code jpacker build} defaults them (no terminal, no signal handlers). */
    public static Build.Options defaults() {
        return new Build.Options(false, false, false, false, false, 0, OnError.CLEANUP, false, null, false, false);
    }
}
