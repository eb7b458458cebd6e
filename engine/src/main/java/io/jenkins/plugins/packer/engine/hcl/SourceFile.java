package io.jenkins.plugins.packer.engine.hcl;

import java.util.function.IntFunction;

/**
 * The bytes of a parsed file, kept so diagnostics can quote source lines, and an optional navigator that
 * names the block around a byte offset (for the {@code , in build:} part of a diagnostic).
 */
public record SourceFile(String filename, byte[] bytes, IntFunction<String> contextAt) {

    public SourceFile {
        contextAt = contextAt == null ? offset -> "" : contextAt;
    }

    public static SourceFile of(String filename, byte[] bytes) {
        return new SourceFile(filename, bytes, null);
    }
}
