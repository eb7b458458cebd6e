package io.jenkins.plugins.packer.engine.cli;

import io.jenkins.plugins.packer.engine.api.EngineVersion;
import io.jenkins.plugins.packer.engine.command.EngineEnvironment;
import io.jenkins.plugins.packer.engine.builtin.BuiltinComponents;
import io.jenkins.plugins.packer.engine.component.ComponentRegistry;
import io.jenkins.plugins.packer.engine.log.StartupTrace;
import java.nio.file.Path;
import java.time.Instant;

/** The real surroundings of a CLI run: this process's environment, directory and built-in components. */
final class Engine {

    private Engine() {
    }

    static EngineEnvironment environment() {
        StartupTrace.mark("command started");
        EngineEnvironment env = new EngineEnvironment(System.getenv(), Path.of("").toAbsolutePath(), components(),
                EngineVersion.current().packerCompatible(), Instant.now());
        StartupTrace.mark("components registered");
        return env;
    }

    /** The components this engine provides. */
    static ComponentRegistry components() {
        return BuiltinComponents.registry();
    }
}
