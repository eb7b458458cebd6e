package io.jenkins.plugins.packer.engine.template;

import io.jenkins.plugins.packer.engine.hcl.Expression;
import io.jenkins.plugins.packer.engine.hcl.Range;

/** A local value: an entry of a {@code locals {}} block, or a {@code local "name" { expression, sensitive }}. */
public record LocalDecl(String name, Expression expression, boolean sensitive, Range range) {
}
