package io.jenkins.plugins.packer.engine.provisioner.shell;

import io.jenkins.plugins.packer.engine.component.BuildInfo;
import io.jenkins.plugins.packer.engine.component.Placeholders;
import io.jenkins.plugins.packer.engine.component.ProvisionTarget;
import io.jenkins.plugins.packer.engine.gotemplate.GoTemplateException;
import io.jenkins.plugins.packer.engine.provisioner.shelllocal.ShellLocalRunner;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The variables a remote shell script gets (Packer's {@code escapeEnvVars}): {@code PACKER_BUILD_NAME},
 * {@code PACKER_BUILDER_TYPE}, {@code PACKER_HTTP_ADDR/IP/PORT} when the builder serves files, then
 * {@code environment_vars}, then {@code env} (which wins); single quotes in values escaped as {@code '"'"'};
 * sorted by name and each written with {@code env_var_format}.
 */
final class ShellEnv {

    private ShellEnv() {
    }

    static String flatten(ShellConfig config, BuildInfo info, Map<String, String> data, String format)
            throws GoTemplateException {
        Map<String, String> env = new TreeMap<>();
        env.put("PACKER_BUILD_NAME", info.sourceName());
        env.put("PACKER_BUILDER_TYPE", info.builderType());
        http(env, data, "PackerHTTPAddr", "PACKER_HTTP_ADDR");
        http(env, data, "PackerHTTPIP", "PACKER_HTTP_IP");
        http(env, data, "PackerHTTPPort", "PACKER_HTTP_PORT");
        List<String> vars = config.environmentVars() == null ? List.of() : config.environmentVars();
        for (String kv : vars) {
            String rendered = Placeholders.render(kv, data, info);
            int eq = rendered.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("Environment variable not in format 'key=value': " + kv);
            }
            env.put(rendered.substring(0, eq), escape(rendered.substring(eq + 1)));
        }
        if (config.env() != null) {
            config.env().forEach((k, v) -> env.put(k, escape(v)));
        }
        StringBuilder out = new StringBuilder();
        env.forEach((k, v) -> out.append(ShellLocalRunner.goSprintf(format, k, v)));
        return out.toString();
    }

    private static String escape(String value) {
        return value.replace("'", "'\"'\"'");
    }

    private static void http(Map<String, String> env, Map<String, String> data, String key, String name) {
        String v = data.get(key);
        if (v != null && !v.isEmpty() && !ProvisionTarget.HTTP_NOT_IMPLEMENTED.get(key).equals(v)) {
            env.put(name, v);
        }
    }
}
