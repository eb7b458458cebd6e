package io.jenkins.plugins.packer.launch;

/**
 * {@code packerValidate} options that become {@code jpacker validate} flags.
 *
 * @param syntaxOnly check the syntax only
 * @param evaluateDatasources run data sources while validating
 */
public record ValidateFlags(boolean syntaxOnly, boolean evaluateDatasources) {
}
