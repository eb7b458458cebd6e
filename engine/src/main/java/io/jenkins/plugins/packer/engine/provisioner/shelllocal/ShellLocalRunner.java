package io.jenkins.plugins.packer.engine.provisioner.shelllocal;

import io.jenkins.plugins.packer.engine.build.BuildContext;
import io.jenkins.plugins.packer.engine.component.BuildInfo;
import io.jenkins.plugins.packer.engine.component.Placeholders;
import io.jenkins.plugins.packer.engine.component.ProvisionTarget;
import io.jenkins.plugins.packer.engine.gotemplate.GoTemplateException;
import io.jenkins.plugins.packer.engine.process.ProcessLauncher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code shell-local} does, as provisioner and post-processor (Packer's {@code shell_local.Run}): skip on
 * another OS ({@code only_on}); write {@code inline} lines (Go-template rendered with the build's data) into a
 * temporary {@code packer-shell*} script with the shebang; build {@code {{.Vars}}} from
 * {@code PACKER_BUILD_NAME}, {@code PACKER_BUILDER_TYPE}, {@code PACKER_HTTP_*}, {@code environment_vars} and
 * {@code env} (sorted, single quotes escaped); run each script through {@code execute_command}; check the exit
 * code. The temporary script is deleted whatever happens.
 */
public final class ShellLocalRunner {

    private final ShellLocalConfig config;

    public ShellLocalRunner(ShellLocalConfig config) {
        this.config = config;
    }

    /** Runs the scripts; {@code generatedData} is the dot of the Go templates ({@code {{.ID}}}). */
    public void run(BuildContext ctx, BuildInfo info, Map<String, String> generatedData) throws Exception {
        List<String> onlyOn = config.onlyOn() == null ? List.of() : config.onlyOn();
        if (!onlyOn.isEmpty() && !onlyOn.contains(goos())) {
            ctx.ui().say("Skipping shell-local due to runtime OS");
            ctx.log().log("[INFO] (shell-local): skipping shell-local due to missing runtime OS");
            return;
        }
        Map<String, Object> data = new HashMap<>(generatedData);
        List<String> scripts = new ArrayList<>();
        if (notEmpty(config.script())) {
            scripts.add(config.script());
        } else if (config.scripts() != null && !config.scripts().isEmpty()) {
            scripts.addAll(config.scripts());
        }
        for (String s : scripts) {
            if (!Files.exists(ctx.workingDir().resolve(s))) {
                throw new IOException("Bad script '" + s + "': stat " + s + ": no such file or directory");
            }
        }
        Path inlineScript = null;
        try {
            List<String> inline = config.inline();
            if (scripts.isEmpty() && notEmpty(config.command())) {
                inline = List.of(config.command());
            }
            if (scripts.isEmpty() && inline != null) {
                inlineScript = writeInlineScript(ctx, info, inline, data);
                scripts.add(inlineScript.toString());
            }
            String vars = flattenedEnvVars(info, generatedData, data);
            for (String script : scripts) {
                String abs = ctx.workingDir().resolve(script).toAbsolutePath().normalize().toString();
                List<String> argv = command(info, data, vars, abs);
                ctx.ui().say("Running local shell script: " + script);
                ctx.log().log("[INFO] (shell-local): starting local command: " + String.join(" ", argv));
                int status;
                try {
                    status = LocalCommand.run(argv, ctx.workingDir(), ctx.ui(), ctx.cancel());
                } catch (IOException e) {
                    throw new IOException("Error executing script: " + abs + "\n\nPlease see output above for more "
                            + "information.", e);
                }
                checkExitCode(status);
            }
        } finally {
            if (inlineScript != null) {
                Files.deleteIfExists(inlineScript);
            }
        }
    }

    private Path writeInlineScript(BuildContext ctx, BuildInfo info, List<String> inline, Map<String, Object> data)
            throws IOException, GoTemplateException {
        Path tmp = Files.createTempFile(tempDir(), "packer-shell", "");
        try {
            StringBuilder script = new StringBuilder();
            String shebang = notEmpty(config.inlineShebang()) ? config.inlineShebang() : "/bin/sh -e";
            script.append("#!").append(shebang).append('\n');
            for (String line : inline) {
                script.append(Placeholders.render(line, data, info)).append('\n');
            }
            ProcessLauncher.writeExecutable(tmp, script.toString());
            String ext = config.tempfileExtension();
            if (notEmpty(ext)) {
                ext = ext.startsWith(".") ? ext.substring(1) : ext;
                Path renamed = tmp.resolveSibling(tmp.getFileName() + "." + ext);
                Files.move(tmp, renamed);
                tmp = renamed;
            }
            return tmp;
        } catch (IOException | GoTemplateException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    private String flattenedEnvVars(BuildInfo info, Map<String, String> generatedData, Map<String, Object> data)
            throws GoTemplateException {
        Map<String, String> env = new TreeMap<>();
        env.put("PACKER_BUILD_NAME", info.sourceName());
        env.put("PACKER_BUILDER_TYPE", info.builderType());
        httpVar(env, generatedData, "PackerHTTPAddr", "PACKER_HTTP_ADDR");
        httpVar(env, generatedData, "PackerHTTPIP", "PACKER_HTTP_IP");
        httpVar(env, generatedData, "PackerHTTPPort", "PACKER_HTTP_PORT");
        if (config.environmentVars() != null) {
            for (String kv : config.environmentVars()) {
                String rendered = Placeholders.render(kv, data, info);
                int eq = rendered.indexOf('=');
                if (eq < 0) {
                    throw new IllegalArgumentException("Environment variable not in format 'key=value': " + kv);
                }
                env.put(rendered.substring(0, eq), rendered.substring(eq + 1).replace("'", "'\"'\"'"));
            }
        }
        if (config.env() != null) {
            config.env().forEach((k, v) -> env.put(k, v.replace("'", "'\"'\"'")));
        }
        String format = notEmpty(config.envVarFormat()) ? config.envVarFormat() : "%s='%s' ";
        StringBuilder out = new StringBuilder();
        env.forEach((k, v) -> out.append(goSprintf(format, k, v)));
        return out.toString();
    }

    private static void httpVar(Map<String, String> env, Map<String, String> data, String key, String name) {
        String v = data.get(key);
        if (v != null && !ProvisionTarget.HTTP_NOT_IMPLEMENTED.get(key).equals(v)) {
            env.put(name, v);
        }
    }

    private List<String> command(BuildInfo info, Map<String, Object> data, String vars, String script)
            throws GoTemplateException {
        List<String> template = config.executeCommand() == null || config.executeCommand().isEmpty()
                ? List.of("/bin/sh", "-c", "{{.Vars}} {{.Script}}") : config.executeCommand();
        data.put("Vars", vars);
        data.put("Script", script);
        data.put("Command", script);
        List<String> argv = new ArrayList<>();
        for (String part : template) {
            try {
                argv.add(Placeholders.render(part, data, info));
            } catch (GoTemplateException e) {
                throw new GoTemplateException("Error processing command: " + e.getMessage());
            }
        }
        return argv;
    }

    private void checkExitCode(int status) throws ScriptExitException {
        List<Integer> valid = config.validExitCodes() == null || config.validExitCodes().isEmpty()
                ? List.of(0) : config.validExitCodes();
        if (!valid.contains(status)) {
            throw new ScriptExitException(status, valid);
        }
    }

    /** Go's {@code %s} only: each {@code %s} takes the next argument, {@code %%} is a percent sign. */
    public static String goSprintf(String format, String... args) {
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '%' && i + 1 < format.length()) {
                char verb = format.charAt(++i);
                if (verb == '%') {
                    out.append('%');
                } else if (next < args.length) {
                    out.append(args[next++]);
                } else {
                    out.append("%!").append(verb).append("(MISSING)");
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static Path tempDir() {
        String tmp = System.getenv("TMPDIR");
        return Path.of(tmp != null && !tmp.isEmpty() ? tmp : System.getProperty("java.io.tmpdir"));
    }

    /** Go's {@code runtime.GOOS} of this machine. */
    static String goos() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return "windows";
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return "darwin";
        }
        if (os.startsWith("sunos") || os.startsWith("solaris")) {
            return "solaris";
        }
        return os.replace(" ", "");
    }

    private static boolean notEmpty(String s) {
        return s != null && !s.isEmpty();
    }
}
