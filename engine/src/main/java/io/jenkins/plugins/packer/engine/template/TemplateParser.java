package io.jenkins.plugins.packer.engine.template;

import io.jenkins.plugins.packer.engine.api.HostEnvironment;
import io.jenkins.plugins.packer.engine.component.ComponentKind;
import io.jenkins.plugins.packer.engine.hcl.Attribute;
import io.jenkins.plugins.packer.engine.hcl.Block;
import io.jenkins.plugins.packer.engine.hcl.BodyContent;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.SourceFile;
import io.jenkins.plugins.packer.engine.hcl.ext.dynblock.DynamicBlocks;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads an HCL2 template in Packer's order: parse every file; check {@code required_version} first; decode
 * variables and locals; collect variable values by precedence; evaluate variables (types, validation rules)
 * and locals; then sources, data sources and builds. Returns null when loading cannot go on; everything
 * wrong is in the diagnostics.
 */
public final class TemplateParser {

    private final TemplateRequest request;
    private final List<SourceFile> sourceFiles = new ArrayList<>();

    private TemplateParser(TemplateRequest request) {
        this.request = request;
    }

    /** The outcome of loading: the template (null when loading could not complete) and the files read. */
    public record Loaded(Template template, List<SourceFile> files) {
    }

    public static Loaded parse(TemplateRequest request, Diagnostics diags) {
        TemplateParser p = new TemplateParser(request);
        Template t = p.run(diags);
        return new Loaded(t, List.copyOf(p.sourceFiles));
    }

    /**
     * Parses the files and checks their top-level blocks ({@code validate -syntax-only}, and what makes
     * {@code inspect} fail); returns them for diagnostics rendering.
     */
    public static List<SourceFile> parseSyntax(Path path, Diagnostics diags) {
        List<SourceFile> out = new ArrayList<>();
        for (ParsedFile f : TemplateFiles.configFiles(path, diags)) {
            out.add(f.source());
            f.body().content(Schemas.TOP_LEVEL, diags);
        }
        return out;
    }

    private Template run(Diagnostics diags) {
        // no path: no files at all (console without a template), variables from -var-file and -var only
        List<ParsedFile> files = request.path() == null ? List.of() : TemplateFiles.configFiles(request.path(), diags);
        files.forEach(f -> sourceFiles.add(f.source()));
        if (diags.hasErrors()) {
            return null;
        }
        // 1. the core version comes first, so an old engine says so instead of failing on newer syntax
        List<BodyContent> contents = new ArrayList<>();
        boolean versionOk = true;
        for (ParsedFile f : files) {
            BodyContent sniff = f.body().partialContent(Schemas.TOP_LEVEL, new Diagnostics()).content();
            for (Block b : sniff.blocksOfType("packer")) {
                versionOk &= PackerBlockChecker.checkVersion(b, request.packerVersion(), diags);
            }
        }
        if (!versionOk) {
            return null;
        }
        for (ParsedFile f : files) {
            contents.add(f.body().content(Schemas.TOP_LEVEL, diags));
        }
        for (BodyContent c : contents) {
            for (Block b : c.blocksOfType("packer")) {
                PackerBlockChecker.checkPlugins(b, request.components(), diags);
            }
        }
        // 2. variables and locals
        Map<String, VariableDecl> variables = decodeVariables(contents, diags);
        List<LocalDecl> locals = decodeLocals(contents, diags);
        // 3. values by precedence
        VariableValues values = new VariableValues(variables);
        values.fromEnvironment(request.environment(), diags);
        for (ParsedFile f : request.path() == null ? List.<ParsedFile>of()
                : TemplateFiles.autoVarFiles(request.path(), diags)) {
            sourceFiles.add(f.source());
            values.fromVarFile(f, request.warnUndeclaredVarFileValues(), diags);
        }
        for (Path p : request.varFiles()) {
            ParsedFile f = TemplateFiles.varFile(p, diags);
            if (f != null) {
                sourceFiles.add(f.source());
                values.fromVarFile(f, request.warnUndeclaredVarFileValues(), diags);
            }
        }
        values.fromArguments(request.vars(), diags);
        EvalContext functions = EvalContext.of(Map.of(), request.functions());
        Map<String, Value> varValues = values.resolve(functions, sensitiveFromEnvironment(), diags);
        // 4. data sources (their outputs are unknown until executed) and locals
        List<DataBlock> data = decodeData(contents, diags);
        Map<String, Value> base = new LinkedHashMap<>();
        base.put("var", Value.object(varValues));
        base.put("path", Value.object(Map.of(
                "root", Value.string(slashes(root().toString())),
                "cwd", Value.string(slashes(request.cwd().toAbsolutePath().toString())))));
        base.put("packer", Value.object(Map.of("version", Value.string(request.packerVersion()))));
        LocalsAndData.Result evaluated = new LocalsAndData(base, request.functions(),
                request.executeDataSources() ? new DataSourceRunner(request.components()) : null)
                .evaluate(locals, data, diags);
        Map<String, Value> localValues = evaluated.locals();
        base.put("data", DataSourceRunner.dataObject(evaluated.data()));
        base.put("local", Value.object(localValues));
        EvalContext ctx = EvalContext.of(base, request.functions());
        // 5. sources and builds, their dynamic blocks expanded in this context (Packer's dynblock.Expand)
        List<BodyContent> expanded = contents.stream().map(c -> expandDynamicBlocks(c, ctx)).toList();
        Set<String> unknownTypeSources = new HashSet<>();
        Map<String, SourceBlock> sources = decodeSources(expanded, unknownTypeSources, diags);
        BuildDecoder builds = new BuildDecoder(sources, unknownTypeSources, request.components(), ctx);
        List<BuildBlock> buildBlocks = new ArrayList<>();
        List<BuildOutline> outlines = new ArrayList<>();
        List<Range> ignored = new ArrayList<>();
        for (BodyContent c : expanded) {
            for (Block b : c.blocksOfType("build")) {
                outlines.add(BuildOutline.of(b, ctx));
                buildBlocks.add(builds.decode(b, diags));
            }
            for (Block b : c.blocksOfType("hcp_packer_registry")) {
                HcpRegistryChecker.check(b, ctx, diags);
                ignored.add(b.defRange());
            }
        }
        buildBlocks.forEach(b -> ignored.addAll(b.hcpRegistries()));
        return new Template(sourceFiles, variables, varValues, locals, localValues, sources, data, buildBlocks, ctx,
                ignored, outlines);
    }

    /**
     * The top-level blocks with bodies whose {@code dynamic} blocks expand when decoded, their {@code for_each}
     * and {@code labels} evaluated in {@code ctx}. (A top-level {@code dynamic} block is already an error of the
     * top-level schema, as in Packer.)
     */
    private static BodyContent expandDynamicBlocks(BodyContent c, EvalContext ctx) {
        List<Block> blocks = new ArrayList<>();
        for (Block b : c.blocks()) {
            blocks.add(new Block(b.type(), b.labels(), DynamicBlocks.expand(b.body(), ctx), b.defRange(),
                    b.typeRange(), b.labelRanges()));
        }
        return new BodyContent(c.attributes(), blocks, c.missingItemRange());
    }

    /** Environment variable naming (comma-separated) variables to treat as sensitive whatever the template says. */
    public static final String SENSITIVE_VARIABLES_ENV = HostEnvironment.SENSITIVE_VARIABLES;

    private java.util.Set<String> sensitiveFromEnvironment() {
        return HostEnvironment.sensitiveVariableNames(request.environment().get(SENSITIVE_VARIABLES_ENV));
    }

    /** {@code path.root}: the template directory, or the directory of the template file, as given; "" without. */
    private Path root() {
        Path p = request.path();
        if (p == null) {
            return Path.of("");
        }
        if (Files.isDirectory(p)) {
            return p;
        }
        return p.getParent() == null ? Path.of(".") : p.getParent();
    }

    private static String slashes(String s) {
        return s.replace('\\', '/');
    }

    private Map<String, VariableDecl> decodeVariables(List<BodyContent> contents, Diagnostics diags) {
        VariableDecoder decoder = new VariableDecoder(request.environment());
        Map<String, VariableDecl> out = new LinkedHashMap<>();
        for (BodyContent c : contents) {
            for (Block b : c.blocks()) {
                List<VariableDecl> found = switch (b.type()) {
                    case "variable" -> List.of(decoder.decodeBlock(b, diags));
                    case "variables" -> decoder.decodeVariablesBlock(b, diags);
                    default -> List.of();
                };
                for (VariableDecl d : found) {
                    VariableDecl prev = out.putIfAbsent(d.name(), d);
                    if (prev != null) {
                        diags.error("Duplicate variable", "Duplicate " + d.name() + " variable definition found.",
                                d.defRange());
                    }
                }
            }
        }
        return out;
    }

    private List<LocalDecl> decodeLocals(List<BodyContent> contents, Diagnostics diags) {
        Map<String, LocalDecl> out = new LinkedHashMap<>();
        for (BodyContent c : contents) {
            for (Block b : c.blocks()) {
                List<LocalDecl> found = new ArrayList<>();
                if (b.type().equals("locals")) {
                    for (Attribute a : b.body().justAttributes(diags).values()) {
                        found.add(new LocalDecl(a.name(), a.expression(), false, a.nameRange()));
                    }
                } else if (b.type().equals("local")) {
                    BodyContent lc = b.body().content(Schemas.LOCAL, diags);
                    Attribute expr = lc.attributes().get("expression");
                    Boolean sensitive = Attrs.bool(lc.attributes(), "sensitive", EvalContext.empty(), diags);
                    if (expr != null) {
                        found.add(new LocalDecl(b.labels().get(0), expr.expression(),
                                sensitive != null && sensitive, b.defRange()));
                    }
                }
                for (LocalDecl l : found) {
                    LocalDecl prev = out.putIfAbsent(l.name(), l);
                    if (prev != null) {
                        diags.error("Duplicate local", "Duplicate " + l.name() + " local definition found; the "
                                + "first one is at " + prev.range() + ".", l.range());
                    }
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    private List<DataBlock> decodeData(List<BodyContent> contents, Diagnostics diags) {
        Map<String, DataBlock> out = new LinkedHashMap<>();
        BuildDecoder checker = new BuildDecoder(Map.of(), request.components(), EvalContext.empty());
        for (BodyContent c : contents) {
            for (Block b : c.blocksOfType("data")) {
                DataBlock d = new DataBlock(b.labels().get(0), b.labels().get(1), b.body(), b.defRange());
                if (!checker.known(ComponentKind.DATA_SOURCE, d.type(), b.labelRanges().get(0), diags)) {
                    continue;
                }
                DataBlock prev = out.putIfAbsent(d.ref(), d);
                if (prev != null) {
                    diags.error("Duplicate data block", "This data block has the same data type and name as a "
                            + "previous block declared at " + prev.defRange() + ". Each data must have a unique name "
                            + "per type.", b.defRange());
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    private Map<String, SourceBlock> decodeSources(List<BodyContent> contents, Set<String> unknownTypes,
            Diagnostics diags) {
        Map<String, SourceBlock> out = new LinkedHashMap<>();
        BuildDecoder checker = new BuildDecoder(Map.of(), request.components(), EvalContext.empty());
        for (BodyContent c : contents) {
            for (Block b : c.blocksOfType("source")) {
                SourceBlock s = new SourceBlock(b.labels().get(0), b.labels().get(1), b.body(), b.defRange());
                if (!checker.known(ComponentKind.BUILDER, s.type(), b.labelRanges().get(0), diags)) {
                    unknownTypes.add(s.ref());
                    continue;
                }
                SourceBlock prev = out.putIfAbsent(s.ref(), s);
                if (prev != null) {
                    diags.error("Duplicate source block", "This source block has the same builder type and name as "
                            + "a previous block declared at " + prev.defRange() + ". Each source must have a unique "
                            + "name per builder type.", b.defRange());
                }
            }
        }
        return out;
    }
}
