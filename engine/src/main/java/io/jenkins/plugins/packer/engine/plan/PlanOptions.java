package io.jenkins.plugins.packer.engine.plan;

import java.util.List;
import java.util.Objects;

/**
 * What the planner needs besides the template: the {@code -only}/{@code -except} globs and the run's id
 * ({@code PACKER_RUN_UUID}, {@code build.PackerRunUUID}, the manifest's {@code packer_run_uuid}).
 */
public record PlanOptions(List<String> only, List<String> except, String runUuid) {

    public PlanOptions {
        only = List.copyOf(only);
        except = List.copyOf(except);
        Objects.requireNonNull(runUuid);
    }
}
