package io.jenkins.plugins.packer.engine.config;

/** How a configuration field appears in a template. */
public enum FieldKind {
    /** {@code name = value}. */
    ATTRIBUTE,
    /** A single nested block {@code name { ... }} (a record-typed field). */
    BLOCK,
    /** Any number of nested blocks {@code name { ... }} (a {@code List} of records). */
    BLOCK_LIST
}
