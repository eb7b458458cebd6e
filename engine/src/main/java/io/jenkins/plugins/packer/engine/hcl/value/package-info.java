/**
 * HCL values and types with go-cty semantics: {@link io.jenkins.plugins.packer.engine.hcl.value.Value} and
 * {@link io.jenkins.plugins.packer.engine.hcl.value.Type}; conversion and unification
 * ({@link io.jenkins.plugins.packer.engine.hcl.value.Convert}); the operators
 * ({@link io.jenkins.plugins.packer.engine.hcl.value.Operations}); cty-exact number arithmetic
 * ({@link io.jenkins.plugins.packer.engine.hcl.value.Numbers}); deep marks
 * ({@link io.jenkins.plugins.packer.engine.hcl.value.Marks}); and {@code packer console} formatting
 * ({@link io.jenkins.plugins.packer.engine.hcl.value.ValueFormat}). This package depends on nothing else in the
 * engine.
 */
package io.jenkins.plugins.packer.engine.hcl.value;
