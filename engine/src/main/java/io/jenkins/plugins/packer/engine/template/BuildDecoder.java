package io.jenkins.plugins.packer.engine.template;

import io.jenkins.plugins.packer.engine.component.ComponentKind;
import io.jenkins.plugins.packer.engine.component.ComponentRegistry;
import io.jenkins.plugins.packer.engine.hcl.Attribute;
import io.jenkins.plugins.packer.engine.hcl.Block;
import io.jenkins.plugins.packer.engine.hcl.Body;
import io.jenkins.plugins.packer.engine.hcl.BodyContent;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Decodes {@code build {}} blocks: sources, provisioners, post-processors and their meta-arguments. */
final class BuildDecoder {

    private final Map<String, SourceBlock> sources;
    private final Set<String> unknownTypeSources;
    private final ComponentRegistry components;
    private EvalContext ctx;

    BuildDecoder(Map<String, SourceBlock> sources, ComponentRegistry components, EvalContext ctx) {
        this(sources, Set.of(), components, ctx);
    }

    /**
     * @param unknownTypeSources {@code TYPE.NAME} of source blocks whose builder type this engine lacks (already
     *     reported): references to them are not reported again as unknown sources
     */
    BuildDecoder(Map<String, SourceBlock> sources, Set<String> unknownTypeSources, ComponentRegistry components,
            EvalContext ctx) {
        this.sources = sources;
        this.unknownTypeSources = unknownTypeSources;
        this.components = components;
        this.ctx = ctx;
    }

    BuildBlock decode(Block block, Diagnostics diags) {
        BodyContent content = block.body().content(Schemas.BUILD, diags);
        String name = Attrs.string(content.attributes(), "name", ctx, diags);
        String description = Attrs.string(content.attributes(), "description", ctx, diags);
        EvalContext outer = ctx;
        // meta-arguments inside the build may use build.name (known) and source.* (per source: unknown here)
        ctx = BuildContexts.insideBuild(outer, name);
        try {
            return decodeBody(block, content, name, description, diags);
        } finally {
            ctx = outer;
        }
    }

    private BuildBlock decodeBody(Block block, BodyContent content, String name, String description,
            Diagnostics diags) {
        List<SourceUse> uses = new ArrayList<>();
        for (String ref : Attrs.strings(content.attributes(), "sources", ctx, diags)) {
            SourceUse use = resolve(ref, block.defRange(), null, null, diags);
            if (use != null) {
                uses.add(use);
            }
        }
        List<ProvisionerBlock> provisioners = new ArrayList<>();
        ProvisionerBlock errorCleanup = null;
        List<List<PostProcessorBlock>> chains = new ArrayList<>();
        List<Range> hcp = new ArrayList<>();
        for (Block b : content.blocks()) {
            switch (b.type()) {
                case "source" -> {
                    SourceUse use = inBuildSource(b, diags);
                    if (use != null) {
                        uses.add(use);
                    }
                }
                case "provisioner" -> addIfPresent(provisioners, provisioner(b, diags));
                case "error-cleanup-provisioner" -> {
                    if (errorCleanup != null) {
                        diags.error("Duplicate error-cleanup-provisioner block", "Only one "
                                + "error-cleanup-provisioner block is allowed per build; another was defined at "
                                + errorCleanup.defRange() + ".", b.defRange());
                    } else {
                        errorCleanup = provisioner(b, diags);
                    }
                }
                case "post-processor" -> {
                    PostProcessorBlock pp = postProcessor(b, diags);
                    if (pp != null) {
                        chains.add(List.of(pp));
                    }
                }
                case "post-processors" -> {
                    List<PostProcessorBlock> chain = new ArrayList<>();
                    for (Block inner : b.body().content(Schemas.POST_PROCESSORS, diags).blocks()) {
                        addIfPresent(chain, postProcessor(inner, diags));
                    }
                    if (!chain.isEmpty()) {
                        chains.add(chain);
                    }
                }
                case "hcp_packer_registry" -> {
                    HcpRegistryChecker.check(b, ctx, diags);
                    hcp.add(b.defRange());
                }
                default -> {
                    // the schema admits nothing else
                }
            }
        }
        return new BuildBlock(name, description, uses, provisioners, errorCleanup, chains, hcp, block.defRange());
    }

    private static <T> void addIfPresent(List<T> list, T item) {
        if (item != null) {
            list.add(item);
        }
    }

    /** {@code source "source.TYPE.NAME" { name = "x", ...extra fields }} inside a build. */
    private SourceUse inBuildSource(Block b, Diagnostics diags) {
        var partial = b.body().partialContent(Schemas.IN_BUILD_SOURCE_META, diags);
        String local = Attrs.string(partial.content().attributes(), "name", ctx, diags);
        return resolve(b.labels().get(0), b.labelRanges().get(0), local, partial.remain(), diags);
    }

    private SourceUse resolve(String ref, Range range, String localName, Body extra, Diagnostics diags) {
        // as Packer's sourceRefFromString: with three parts the first ("source", "sources", ...) is dropped
        String[] all = ref.split("\\.", -1);
        String[] parts = all.length == 3 ? new String[] {all[1], all[2]} : all;
        String key = String.join(".", parts);
        if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
            diags.error("Invalid " + "source reference", "A source reference must be written \"source.TYPE.NAME\""
                    + " or \"TYPE.NAME\"; \"" + ref + "\" is neither.", range);
            return null;
        }
        SourceBlock source = sources.get(key);
        if (source == null && unknownTypeSources.contains(key)) {
            return null;
        }
        if (source == null) {
            diags.error("Unknown source " + key, "Known: " + List.copyOf(sources.keySet()).toString()
                    .replace(", ", " "), range);
            return null;
        }
        String name = localName == null || localName.isEmpty() ? source.name() : localName;
        return new SourceUse(source, name, extra, range);
    }

    private ProvisionerBlock provisioner(Block b, Diagnostics diags) {
        String type = b.labels().get(0);
        if (!known(ComponentKind.PROVISIONER, type, b.labelRanges().get(0), diags)) {
            return null;
        }
        var partial = b.body().partialContent(Schemas.PROVISIONER_META, diags);
        Map<String, Attribute> meta = partial.content().attributes();
        List<String> only = Attrs.strings(meta, "only", ctx, diags);
        List<String> except = Attrs.strings(meta, "except", ctx, diags);
        onlyOrExcept(meta, only, except, b, diags);
        Attribute override = meta.get("override");
        Boolean cont = Attrs.bool(meta, "continue_on_error", ctx, diags);
        return new ProvisionerBlock(type, Attrs.string(meta, "name", ctx, diags), only, except,
                override == null ? null : override.expression(), Attrs.duration(meta, "pause_before", ctx, diags),
                Attrs.integer(meta, "max_retries", ctx, diags), Attrs.duration(meta, "timeout", ctx, diags),
                cont != null && cont, partial.remain(), b.defRange());
    }

    private PostProcessorBlock postProcessor(Block b, Diagnostics diags) {
        String type = b.labels().get(0);
        if (!known(ComponentKind.POST_PROCESSOR, type, b.labelRanges().get(0), diags)) {
            return null;
        }
        var partial = b.body().partialContent(Schemas.POST_PROCESSOR_META, diags);
        Map<String, Attribute> meta = partial.content().attributes();
        List<String> only = Attrs.strings(meta, "only", ctx, diags);
        List<String> except = Attrs.strings(meta, "except", ctx, diags);
        onlyOrExcept(meta, only, except, b, diags);
        return new PostProcessorBlock(type, Attrs.string(meta, "name", ctx, diags), only, except,
                Attrs.bool(meta, "keep_input_artifact", ctx, diags), partial.remain(), b.defRange());
    }

    private static void onlyOrExcept(Map<String, Attribute> meta, List<String> only, List<String> except, Block b,
            Diagnostics diags) {
        if (!only.isEmpty() && !except.isEmpty()) {
            diags.error("Only one of 'only' or 'except' may be specified",
                    "The " + b.type() + " sets both \"only\" and \"except\"; keep one of them.",
                    meta.get("except").nameRange());
        }
    }

    boolean known(ComponentKind kind, String type, Range range, Diagnostics diags) {
        if (components.find(kind, type).isPresent()) {
            return true;
        }
        diags.error("Unknown " + kind.label() + " type \"" + type + "\"",
                "The " + kind.label() + " " + type + " is not provided by this engine, which has no external "
                        + "plugins. Available " + kind.label() + "s: " + (components.names(kind).isEmpty() ? "none"
                                : String.join(", ", components.names(kind))) + ".", range);
        return false;
    }
}
