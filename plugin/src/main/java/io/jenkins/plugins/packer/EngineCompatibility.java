package io.jenkins.plugins.packer;

import io.jenkins.plugins.packer.engine.api.EngineVersion;

/**
 * What the plugin tells users about the engine it ships: shown on the build page and in step errors once
 * the steps exist. Plain class (no Jenkins type), reached from the thin Jenkins glue.
 */
public final class EngineCompatibility {

    private EngineCompatibility() {
    }

    /** For example {@code packer-steps engine 0.1.0 (Packer 1.16.0 language and CLI)}. */
    public static String describe() {
        EngineVersion v = EngineVersion.current();
        return "packer-steps engine " + v.engine() + " (Packer " + v.packerCompatible() + " language and CLI)";
    }
}
