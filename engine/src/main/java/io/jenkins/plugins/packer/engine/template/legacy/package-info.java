/**
 * Packer's legacy JSON templates ({@code {"variables": ..., "builders": [...], "provisioners": [...],
 * "post-processors": [...]}}), with the semantics and messages of packer-plugin-sdk's {@code template} package
 * and Packer's core.
 *
 * <p>Flow: {@link io.jenkins.plugins.packer.engine.template.legacy.LegacyTemplateParser} reads a file into a
 * {@link io.jenkins.plugins.packer.engine.template.legacy.LegacyTemplate};
 * {@link io.jenkins.plugins.packer.engine.template.legacy.LegacyBuilds#prepare} validates it
 * ({@link io.jenkins.plugins.packer.engine.template.legacy.LegacyTemplateValidator}), resolves user variables
 * ({@link io.jenkins.plugins.packer.engine.template.legacy.UserVariables}, values from
 * {@link io.jenkins.plugins.packer.engine.template.legacy.LegacyVarFile} and {@code -var}) and names the builds;
 * {@link io.jenkins.plugins.packer.engine.template.legacy.LegacyBuilds#build} gives one build's components with
 * interpolated configurations, which components decode with
 * {@link io.jenkins.plugins.packer.engine.config.MapDecoder}. Interpolation is Go's text/template
 * ({@link io.jenkins.plugins.packer.engine.gotemplate}) with
 * {@link io.jenkins.plugins.packer.engine.template.legacy.LegacyFunctions}. Every problem is a diagnostic.
 */
package io.jenkins.plugins.packer.engine.template.legacy;
