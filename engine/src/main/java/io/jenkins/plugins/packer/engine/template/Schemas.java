package io.jenkins.plugins.packer.engine.template;

import io.jenkins.plugins.packer.engine.hcl.BodySchema;
import io.jenkins.plugins.packer.engine.hcl.BodySchema.AttributeSchema;
import io.jenkins.plugins.packer.engine.hcl.BodySchema.BlockHeaderSchema;
import java.util.List;

/** The fixed block schemas of Packer's HCL2 templates (those of components come from their declarations). */
final class Schemas {

    static final BodySchema TOP_LEVEL = new BodySchema(List.of(), List.of(
            new BlockHeaderSchema("packer", List.of()),
            new BlockHeaderSchema("source", List.of("type", "name")),
            new BlockHeaderSchema("variables", List.of()),
            new BlockHeaderSchema("variable", List.of("name")),
            new BlockHeaderSchema("locals", List.of()),
            new BlockHeaderSchema("local", List.of("name")),
            new BlockHeaderSchema("data", List.of("type", "name")),
            new BlockHeaderSchema("build", List.of()),
            new BlockHeaderSchema("hcp_packer_registry", List.of()),
            new BlockHeaderSchema("communicator", List.of("type", "name"))));

    static final BodySchema PACKER = new BodySchema(
            List.of(new AttributeSchema("required_version", false)),
            List.of(new BlockHeaderSchema("required_plugins", List.of())));

    static final BodySchema LOCAL = new BodySchema(
            List.of(new AttributeSchema("expression", true), new AttributeSchema("sensitive", false)), List.of());

    static final BodySchema BUILD = new BodySchema(
            List.of(new AttributeSchema("name", false), new AttributeSchema("description", false),
                    new AttributeSchema("sources", false)),
            List.of(new BlockHeaderSchema("source", List.of("reference")),
                    new BlockHeaderSchema("provisioner", List.of("type")),
                    new BlockHeaderSchema("error-cleanup-provisioner", List.of("type")),
                    new BlockHeaderSchema("post-processor", List.of("type")),
                    new BlockHeaderSchema("post-processors", List.of()),
                    new BlockHeaderSchema("hcp_packer_registry", List.of())));

    static final BodySchema POST_PROCESSORS = new BodySchema(List.of(),
            List.of(new BlockHeaderSchema("post-processor", List.of("type"))));

    static final BodySchema PROVISIONER_META = new BodySchema(List.of(
            new AttributeSchema("name", false), new AttributeSchema("only", false),
            new AttributeSchema("except", false), new AttributeSchema("override", false),
            new AttributeSchema("pause_before", false), new AttributeSchema("max_retries", false),
            new AttributeSchema("timeout", false), new AttributeSchema("continue_on_error", false)), List.of());

    static final BodySchema POST_PROCESSOR_META = new BodySchema(List.of(
            new AttributeSchema("name", false), new AttributeSchema("only", false),
            new AttributeSchema("except", false), new AttributeSchema("keep_input_artifact", false)), List.of());

    static final BodySchema IN_BUILD_SOURCE_META = new BodySchema(
            List.of(new AttributeSchema("name", false)), List.of());

    private Schemas() {
    }
}
