package io.jenkins.plugins.packer.engine.provisioner.shell;

import io.jenkins.plugins.packer.engine.config.Doc;
import io.jenkins.plugins.packer.engine.config.Validated;
import io.jenkins.plugins.packer.engine.config.Validation;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Configuration of the {@code shell} provisioner (Packer's core {@code provisioner/shell} with the sdk's shell fields). */
@Doc("Uploads shell scripts to the machine and runs them there through the communicator.")
public record ShellConfig(
        @Doc("Commands written, one per line, into one script that is uploaded and run.") List<String> inline,
        @Doc("The shebang of the `inline` script; default `/bin/sh -e`.") String inlineShebang,
        @Doc("A local script to upload and run.") String script,
        @Doc("Local scripts to upload and run in order.") List<String> scripts,
        @Doc("Environment variables, each `KEY=value`, for the scripts.") List<String> environmentVars,
        @Doc("Environment variables as a map; they win over `environment_vars`.") Map<String, String> env,
        @Doc("How each variable is written into `{{.Vars}}`; default `%s='%s' ` (`export %s='%s'\\n` with "
                + "`use_env_var_file`).") String envVarFormat,
        @Doc("Write the variables to a file uploaded next to the script and sourced by the command "
                + "(`{{.EnvVarFile}}`) instead of putting them on the command line.") boolean useEnvVarFile,
        @Doc("The command that runs a script; default `chmod +x {{.Path}}; {{.Vars}} {{.Path}}` "
                + "(`chmod +x {{.Path}}; . {{.EnvVarFile}} && {{.Path}}` with `use_env_var_file`).")
        String executeCommand,
        @Doc("The remote directory scripts are uploaded to; default `/tmp`.") String remoteFolder,
        @Doc("The remote file name of the script; default `script_NNNN.sh`.") String remoteFile,
        @Doc("The full remote path of the script; default `remote_folder/remote_file`.") String remotePath,
        @Doc("Leave the uploaded scripts on the machine.") boolean skipClean,
        @Doc("A script that ends the connection (a reboot) succeeds instead of failing the build.")
        boolean expectDisconnect,
        @Doc("Exit codes that count as success; default `[0]`.") List<Integer> validExitCodes,
        @Doc("Wait this long after the last script.") Duration pauseAfter,
        @Doc("How long to keep trying to upload and start a script while the machine is unreachable (e.g. "
                + "rebooting); default `5m`.") Duration startRetryTimeout,
        @Doc("Upload scripts as they are; by default CRLF line ends are turned into LF.") boolean binary)
        implements Validated {

    @Override
    public void validate(Validation v) {
        boolean hasScript = script != null && !script.isEmpty() || v.isUnknown("script");
        boolean hasScripts = scripts != null && !scripts.isEmpty() || v.isUnknown("scripts");
        boolean hasInline = inline != null && !inline.isEmpty() || v.isUnknown("inline");
        if (hasScript && hasScripts) {
            v.error("scripts", "Only one of script or scripts can be specified.", "");
        }
        if (!hasScript && !hasScripts && !hasInline) {
            v.error("inline", "Either a script file or inline script must be specified.",
                    "Give the shell provisioner `inline` commands, a `script` or `scripts`.");
        } else if ((hasScript || hasScripts) && hasInline) {
            v.error("inline", "Only a script file or an inline script can be specified, not both.", "");
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
    }
}
