package io.jenkins.plugins.packer.engine.command;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.function.lib.PackerFunctions;
import io.jenkins.plugins.packer.engine.template.TemplateParser;
import io.jenkins.plugins.packer.engine.template.TemplateRequest;
import java.nio.file.Files;
import java.nio.file.Path;

/** Loads an HCL2 template for a command, with the function table rooted at the template's directory. */
final class TemplateLoading {

    private TemplateLoading() {
    }

    static TemplateParser.Loaded load(TemplateInputs in, EngineEnvironment env, boolean warnUndeclaredVarFileValues,
            Diagnostics diags) {
        return load(in, env, warnUndeclaredVarFileValues, false, diags);
    }

    /** As {@link #load(TemplateInputs, EngineEnvironment, boolean, Diagnostics)}, running data sources if asked. */
    static TemplateParser.Loaded load(TemplateInputs in, EngineEnvironment env, boolean warnUndeclaredVarFileValues,
            boolean executeDataSources, Diagnostics diags) {
        Path dir = Files.isDirectory(in.path()) ? in.path() : in.path().toAbsolutePath().getParent();
        var functions = PackerFunctions.table(new PackerFunctions.Options(
                (dir == null ? env.cwd() : dir).toAbsolutePath(), env.runStarted()));
        TemplateRequest request = new TemplateRequest(in.path(), in.varFiles(), in.vars(), env.environment(),
                env.cwd(), env.components(), functions, env.packerVersion(), warnUndeclaredVarFileValues,
                executeDataSources);
        return TemplateParser.parse(request, diags);
    }
}
