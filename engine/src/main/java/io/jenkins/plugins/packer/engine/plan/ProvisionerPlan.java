package io.jenkins.plugins.packer.engine.plan;

import io.jenkins.plugins.packer.engine.template.ProvisionerBlock;

/** A provisioner of one build: its block (meta-arguments) and its configuration for that build's source. */
record ProvisionerPlan(ProvisionerBlock block, ComponentConfig config) {
}
