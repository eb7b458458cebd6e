package io.jenkins.plugins.packer.engine.template;

import io.jenkins.plugins.packer.engine.hcl.Block;
import io.jenkins.plugins.packer.engine.hcl.BodySchema;
import io.jenkins.plugins.packer.engine.hcl.BodySchema.AttributeSchema;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code hcp_packer_registry}: this engine publishes nothing to HCP Packer, but a template that Packer would
 * reject is rejected here too (unknown arguments, wrongly typed labels, bad bucket names, long descriptions).
 */
final class HcpRegistryChecker {

    private static final BodySchema SCHEMA = new BodySchema(List.of(
            new AttributeSchema("bucket_name", false), new AttributeSchema("description", false),
            new AttributeSchema("labels", false), new AttributeSchema("bucket_labels", false),
            new AttributeSchema("build_labels", false)), List.of());
    private static final Pattern BUCKET = Pattern.compile("^[a-zA-Z0-9-]{3,36}$");

    private HcpRegistryChecker() {
    }

    static void check(Block block, EvalContext ctx, Diagnostics diags) {
        var attrs = block.body().content(SCHEMA, diags).attributes();
        for (String labels : List.of("labels", "bucket_labels", "build_labels")) {
            Attrs.typed(attrs, labels, Type.map(Type.STRING), ctx, diags);
        }
        Value bucket = Attrs.typed(attrs, "bucket_name", Type.STRING, ctx, diags);
        if (bucket != null && !bucket.unmark().asString().isEmpty() && !BUCKET.matcher(bucket.unmark().asString()).matches()) {
            diags.error("Invalid hcp_packer_registry config", "bucket_name can only contain between 3 and 36 ASCII "
                    + "letters, numbers and hyphens", attrs.get("bucket_name").expression().range());
        }
        Value description = Attrs.typed(attrs, "description", Type.STRING, ctx, diags);
        if (description != null && description.unmark().asString().length() > 255) {
            diags.error("Invalid hcp_packer_registry config", "description should have a maximum length of 255 "
                    + "characters", attrs.get("description").expression().range());
        }
    }
}
