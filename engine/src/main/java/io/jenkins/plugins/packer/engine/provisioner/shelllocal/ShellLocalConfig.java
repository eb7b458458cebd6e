package io.jenkins.plugins.packer.engine.provisioner.shelllocal;

import io.jenkins.plugins.packer.engine.component.RuntimeTemplate;
import io.jenkins.plugins.packer.engine.config.Doc;
import io.jenkins.plugins.packer.engine.config.Validated;
import io.jenkins.plugins.packer.engine.config.Validation;
import java.util.List;
import java.util.Map;

/**
 * Configuration of {@code shell-local}, shared by the provisioner and the post-processor (Packer's
 * {@code shell_local.Config}).
 */
@Doc("Runs shell commands on the machine running the engine. As a provisioner it runs while the build's machine "
        + "exists; as a post-processor, after the build.")
public record ShellLocalConfig(
        @Doc("Deprecated: one command to run; use `inline`.") String command,
        @Doc("Commands written, one per line, into a temporary script that is run.") List<String> inline,
        @Doc("A local script to run.") String script,
        @Doc("Local scripts to run in order.") List<String> scripts,
        @Doc("Environment variables, each `KEY=value`, set for the scripts.") List<String> environmentVars,
        @Doc("Environment variables as a map; they win over `environment_vars`.") Map<String, String> env,
        @Doc("How each variable is written into `{{.Vars}}`; default `%s='%s' `.") String envVarFormat,
        @Doc("The command that runs a script; default `[\"/bin/sh\", \"-c\", \"{{.Vars}} {{.Script}}\"]`. "
                + "`{{.Vars}}` are the variables, `{{.Script}}` the script's absolute path.")
        @RuntimeTemplate
        List<String> executeCommand,
        @Doc("The shebang line put at the top of the `inline` script; default `/bin/sh -e`.") String inlineShebang,
        @Doc("Run only on these operating systems (Go names: linux, darwin, windows, freebsd, openbsd, solaris).")
        List<String> onlyOn,
        @Doc("The extension of the temporary `inline` script.") String tempfileExtension,
        @Doc("Windows only: run scripts through the Windows Subsystem for Linux paths.") Boolean useLinuxPathing,
        @Doc("Exit codes that count as success; default `[0]`.") List<Integer> validExitCodes)
        implements Validated {

    static final List<String> SUPPORTED_OS = List.of("darwin", "freebsd", "linux", "openbsd", "solaris", "windows");

    static final String TOO_MANY = "You may only specify one of the following options: Command, Inline, Script or "
            + "Scripts. Please consolidate these options in your config.";

    @Override
    public void validate(Validation v) {
        boolean hasCommand = set(command) || v.isUnknown("command");
        boolean hasInline = inline != null || v.isUnknown("inline");
        boolean hasScript = set(script) || v.isUnknown("script");
        boolean hasScripts = scripts != null && !scripts.isEmpty() || v.isUnknown("scripts");
        if (!hasCommand && (inline == null || inline.isEmpty()) && !v.isUnknown("inline") && !hasScript
                && !hasScripts) {
            v.error("inline", "Command, Inline, Script and Scripts options cannot all be empty.",
                    "Give shell-local something to run: `inline`, `script`, `scripts` or `command`.");
        }
        if (hasCommand && (hasInline || hasScripts || hasScript)
                || hasScript && (hasScripts || hasInline)
                || hasScripts && hasInline) {
            v.error("inline", "Too many commands", TOO_MANY);
        }
        if (onlyOn != null) {
            for (String os : onlyOn) {
                if (!SUPPORTED_OS.contains(os)) {
                    v.error("only_on", "Invalid OS specified in only_on: '" + os + "'",
                            "Supported OS names: " + String.join(", ", SUPPORTED_OS));
                }
            }
        }
        if (environmentVars != null) {
            for (String kv : environmentVars) {
                int eq = kv.indexOf('=');
                if (eq <= 0) {
                    v.error("environment_vars", "Environment variable not in format 'key=value': " + kv,
                            "Write each entry as KEY=value.");
                }
            }
        }
        if (Boolean.TRUE.equals(useLinuxPathing) && (hasInline || hasCommand)) {
            v.error("use_linux_pathing", "Inline commands cannot use the Windows Linux Subsystem",
                    "Packer is unable to use the Command and Inline features with the Windows Linux Subsystem. "
                            + "Please use the Script or Scripts options instead");
        }
    }

    private static boolean set(String s) {
        return s != null && !s.isEmpty();
    }
}
