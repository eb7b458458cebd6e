package io.jenkins.plugins.packer.engine.template;

import io.jenkins.plugins.packer.engine.component.ComponentRegistry;
import io.jenkins.plugins.packer.engine.hcl.function.Function;
import io.jenkins.plugins.packer.engine.hcl.function.LazyFunctionTable;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What to load: the template path, {@code -var-file}s in order, {@code -var}s, the process environment (for
 * {@code PKR_VAR_*} and {@code env()}), the working directory ({@code path.cwd}), the components and functions
 * available, and the Packer version templates are checked against.
 *
 * @param path the template file or directory; null for no template at all (an empty configuration, as
 *     {@code packer console -config-type=hcl2} without a path)
 * @param warnUndeclaredVarFileValues warn about var-file values for undeclared variables (validate's default)
 * @param executeDataSources run the data sources (build, {@code validate -evaluate-datasources}); otherwise
 *     {@code data.*} values are unknown
 */
public record TemplateRequest(Path path, List<Path> varFiles, Map<String, String> vars, Map<String, String> environment,
        Path cwd, ComponentRegistry components, Map<String, Function> functions, String packerVersion,
        boolean warnUndeclaredVarFileValues, boolean executeDataSources) {

    public TemplateRequest {
        varFiles = List.copyOf(varFiles);
        vars = Map.copyOf(vars);
        environment = Map.copyOf(environment);
        functions = functions instanceof LazyFunctionTable ? functions : Map.copyOf(functions);
    }

    /** A request that does not run data sources. */
    public TemplateRequest(Path path, List<Path> varFiles, Map<String, String> vars, Map<String, String> environment,
            Path cwd, ComponentRegistry components, Map<String, Function> functions, String packerVersion,
            boolean warnUndeclaredVarFileValues) {
        this(path, varFiles, vars, environment, cwd, components, functions, packerVersion,
                warnUndeclaredVarFileValues, false);
    }
}
