package io.jenkins.plugins.packer.engine.config;

/**
 * A configuration record with rules beyond types and required fields (mutually exclusive fields, value
 * ranges). Called after a successful decode; problems are reported per field through {@link Validation}.
 */
public interface Validated {

    void validate(Validation validation);
}
