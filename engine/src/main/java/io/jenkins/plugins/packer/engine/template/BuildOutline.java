package io.jenkins.plugins.packer.engine.template;

import io.jenkins.plugins.packer.engine.hcl.Attribute;
import io.jenkins.plugins.packer.engine.hcl.Block;
import io.jenkins.plugins.packer.engine.hcl.BodyContent;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A {@code build} block as written, for {@code inspect}: what Packer's parse step knows before any source or
 * component is looked up. Sources are listed as referenced ({@code TYPE.NAME}, the build-local name when one is
 * given) even when not defined, and components by their type ({@code TYPE.NAME} when named) even when this
 * engine lacks them.
 *
 * @param name the {@code name} attribute, or null
 * @param description the {@code description} attribute, or null
 * @param postProcessors the chains: a standalone {@code post-processor} is a chain of one
 */
public record BuildOutline(String name, String description, List<String> sources, List<String> provisioners,
        List<List<String>> postProcessors) {

    public BuildOutline {
        sources = List.copyOf(sources);
        provisioners = List.copyOf(provisioners);
        postProcessors = postProcessors.stream().map(List::copyOf).toList();
    }

    /** Reads {@code block} tolerantly: problems are the decoder's to report, not the outline's. */
    static BuildOutline of(Block block, EvalContext ctx) {
        Diagnostics ignored = new Diagnostics();
        BodyContent content = block.body().partialContent(Schemas.BUILD, ignored).content();
        String name = Attrs.string(content.attributes(), "name", ctx, ignored);
        String description = Attrs.string(content.attributes(), "description", ctx, ignored);
        EvalContext inside = BuildContexts.insideBuild(ctx, name);
        List<String> sources = new ArrayList<>();
        for (String ref : Attrs.strings(content.attributes(), "sources", inside, ignored)) {
            sources.add(sourceRef(ref));
        }
        List<String> provisioners = new ArrayList<>();
        List<List<String>> chains = new ArrayList<>();
        for (Block b : content.blocks()) {
            switch (b.type()) {
                case "source" -> {
                    var meta = b.body().partialContent(Schemas.IN_BUILD_SOURCE_META, ignored).content();
                    String local = Attrs.string(meta.attributes(), "name", inside, ignored);
                    String ref = sourceRef(b.labels().get(0));
                    sources.add(local == null || local.isEmpty() ? ref
                            : ref.substring(0, ref.lastIndexOf('.') + 1) + local);
                }
                case "provisioner" -> provisioners.add(component(b, Schemas.PROVISIONER_META, inside));
                case "post-processor" -> chains.add(List.of(component(b, Schemas.POST_PROCESSOR_META, inside)));
                case "post-processors" -> {
                    List<String> chain = new ArrayList<>();
                    for (Block inner : b.body().partialContent(Schemas.POST_PROCESSORS, ignored).content()
                            .blocks()) {
                        chain.add(component(inner, Schemas.POST_PROCESSOR_META, inside));
                    }
                    chains.add(chain);
                }
                default -> {
                    // error-cleanup-provisioner and hcp_packer_registry are not listed, as in Packer
                }
            }
        }
        return new BuildOutline(name, description, sources, provisioners, chains);
    }

    /** {@code source.TYPE.NAME} (or any three-part reference) and {@code TYPE.NAME} read as {@code TYPE.NAME}. */
    private static String sourceRef(String ref) {
        String[] parts = ref.split("\\.", -1);
        return parts.length == 3 ? parts[1] + "." + parts[2] : ref;
    }

    private static String component(Block b, io.jenkins.plugins.packer.engine.hcl.BodySchema meta,
            EvalContext ctx) {
        Map<String, Attribute> attrs = b.body().partialContent(meta, new Diagnostics()).content().attributes();
        String name = Attrs.string(attrs, "name", ctx, new Diagnostics());
        return name == null || name.isEmpty() ? b.labels().get(0) : b.labels().get(0) + "." + name;
    }
}
