package io.jenkins.plugins.packer.engine.command;

import io.jenkins.plugins.packer.engine.component.ComponentRegistry;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * What a command needs from its surroundings: the process environment, the working directory, the components
 * this engine provides, the Packer version templates are checked against, and when the run started (for
 * {@code timestamp()}). Tests build their own.
 */
public record EngineEnvironment(Map<String, String> environment, Path cwd, ComponentRegistry components,
        String packerVersion, Instant runStarted) {

    public EngineEnvironment {
        environment = Map.copyOf(environment);
    }
}
