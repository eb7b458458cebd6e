/**
 * Type constraint expressions ({@code list(string)}, {@code object({a = optional(number, 1)})}) read statically
 * from {@link io.jenkins.plugins.packer.engine.hcl.Expression}s, as hcl's ext/typeexpr does, and the
 * {@link io.jenkins.plugins.packer.engine.hcl.typeexpr.Defaults} of optional attributes.
 */
package io.jenkins.plugins.packer.engine.hcl.typeexpr;
