package io.jenkins.plugins.packer.engine.command;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.SourceFile;
import io.jenkins.plugins.packer.engine.plan.BuildPlanner;
import io.jenkins.plugins.packer.engine.plan.LegacyPlanner;
import io.jenkins.plugins.packer.engine.plan.PlanOptions;
import io.jenkins.plugins.packer.engine.template.legacy.LegacyBuilds;
import io.jenkins.plugins.packer.engine.template.legacy.LegacyTemplate;
import io.jenkins.plugins.packer.engine.template.legacy.LegacyTemplateParser;
import io.jenkins.plugins.packer.engine.template.legacy.LegacyVarFile;
import io.jenkins.plugins.packer.engine.template.legacy.RenderPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads and plans a legacy JSON template for {@code build}: the template, {@code -var-file}s in order then
 * {@code -var}s (which win), resolved as Packer's core does.
 */
final class LegacyLoading {

    /** The plan (null when loading failed) and the file, for quoting it in diagnostics. */
    record Loaded(BuildPlanner.Plan plan, List<SourceFile> files) {
    }

    private LegacyLoading() {
    }

    static Loaded load(TemplateInputs in, EngineEnvironment env, PlanOptions planOptions, Diagnostics diags) {
        Path path = env.cwd().resolve(in.path());
        List<SourceFile> files = List.of();
        try {
            files = List.of(SourceFile.of(path.toString(), Files.readAllBytes(path)));
        } catch (IOException e) {
            // the parser reports it
        }
        LegacyTemplate template = LegacyTemplateParser.parseFile(path, diags);
        if (template == null || diags.hasErrors()) {
            return new Loaded(null, files);
        }
        Map<String, String> variables = new LinkedHashMap<>();
        for (Path varFile : in.varFiles()) {
            Map<String, String> values = LegacyVarFile.read(env.cwd().resolve(varFile), diags);
            if (values != null) {
                variables.putAll(values);
            }
        }
        variables.putAll(in.vars());
        if (diags.hasErrors()) {
            return new Loaded(null, files);
        }
        LegacyBuilds.Options options = new LegacyBuilds.Options(variables, env.environment()::get, env.cwd(),
                env.runStarted(), env.packerVersion(), RenderPolicy.DEFAULT);
        return new Loaded(LegacyPlanner.plan(template, options, env.components(), planOptions, diags), files);
    }
}
