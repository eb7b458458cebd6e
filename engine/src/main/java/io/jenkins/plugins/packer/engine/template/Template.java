package io.jenkins.plugins.packer.engine.template;

import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.SourceFile;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.List;
import java.util.Map;

/**
 * A loaded HCL2 template: variables and locals with their values, sources, data sources and builds, plus
 * the evaluation context later stages extend (with {@code source.*} and {@code build.*}).
 *
 * @param files every parsed file, for quoting source lines in diagnostics
 * @param hcpRegistries {@code hcp_packer_registry} blocks: checked, then ignored (commands say so)
 * @param outlines every {@code build} block as written, in order (for {@code inspect})
 */
public record Template(List<SourceFile> files, Map<String, VariableDecl> variables, Map<String, Value> variableValues,
        List<LocalDecl> locals, Map<String, Value> localValues, Map<String, SourceBlock> sources,
        List<DataBlock> dataSources, List<BuildBlock> builds, EvalContext context, List<Range> hcpRegistries,
        List<BuildOutline> outlines) {

    public Template {
        files = List.copyOf(files);
        sources = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sources));
        dataSources = List.copyOf(dataSources);
        builds = List.copyOf(builds);
        hcpRegistries = List.copyOf(hcpRegistries);
        outlines = List.copyOf(outlines);
    }
}
