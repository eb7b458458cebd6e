package io.jenkins.plugins.packer.engine.hcl;

/** {@code name = expression}, with the range of the whole attribute and of its name. */
public record Attribute(String name, Expression expression, Range range, Range nameRange) {
}
