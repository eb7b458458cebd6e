package io.jenkins.plugins.packer.engine.provisioner.shell;

import io.jenkins.plugins.packer.engine.build.BuildContext;
import io.jenkins.plugins.packer.engine.cancel.CancelledException;
import io.jenkins.plugins.packer.engine.communicator.CommandResult;
import io.jenkins.plugins.packer.engine.communicator.Communicator;
import io.jenkins.plugins.packer.engine.communicator.CommunicatorException;
import io.jenkins.plugins.packer.engine.communicator.RemoteCommand;
import io.jenkins.plugins.packer.engine.communicator.RemoteShellQuote;
import io.jenkins.plugins.packer.engine.communicator.StartRetry;
import io.jenkins.plugins.packer.engine.communicator.TransferProgress;
import io.jenkins.plugins.packer.engine.component.BuildInfo;
import io.jenkins.plugins.packer.engine.component.Placeholders;
import io.jenkins.plugins.packer.engine.component.ProvisionTarget;
import io.jenkins.plugins.packer.engine.component.Provisioner;
import io.jenkins.plugins.packer.engine.config.GoDuration;
import io.jenkins.plugins.packer.engine.gotemplate.GoTemplateException;
import io.jenkins.plugins.packer.engine.provisioner.remote.RemoteRun;
import io.jenkins.plugins.packer.engine.provisioner.shelllocal.ScriptExitException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Packer's {@code shell} provisioner: each script ({@code inline} lines become one temporary
 * {@code packer-shell*} script with the shebang) is uploaded to {@code remote_path} and run with
 * {@code execute_command}; upload and start are retried together until {@code start_retry_timeout} while the
 * machine is unreachable; output is streamed line by line; the exit status is checked against
 * {@code valid_exit_codes}, a disconnect against {@code expect_disconnect}; the remote script is removed
 * unless {@code skip_clean}.
 *
 * <p>Differences from Packer that save remote processes (each one costs a login shell): scripts are uploaded
 * with mode 0755 instead of being chmodded by a separate command (a configured {@code remote_path} over SCP
 * still gets the {@code chmod}, since SCP keeps the mode of an existing file), and removal uses the
 * communicator's {@link Communicator#remove} (over SSH, the connection's SFTP session when there is one).
 */
public final class ShellProvisioner implements Provisioner {

    static final String DISCONNECTED = "Script disconnected unexpectedly. If you expected your script to "
            + "disconnect, i.e. from a restart, you can try adding `\"expect_disconnect\": true` or "
            + "`\"valid_exit_codes\": [0, 2300218]` to the shell provisioner parameters.";

    private final ShellConfig config;
    private final String remotePath;
    private final String envVarPath;

    public ShellProvisioner(ShellConfig config) {
        this.config = config;
        String folder = set(config.remoteFolder()) ? config.remoteFolder() : "/tmp";
        String file = set(config.remoteFile()) ? config.remoteFile()
                : "script_" + ThreadLocalRandom.current().nextInt(9999) + ".sh";
        this.remotePath = set(config.remotePath()) ? config.remotePath() : folder + "/" + file;
        this.envVarPath = folder + "/varfile_" + ThreadLocalRandom.current().nextInt(9999) + ".sh";
    }

    @Override
    public void provision(BuildContext ctx, BuildInfo info, ProvisionTarget target) throws Exception {
        Communicator comm = target.communicator();
        Map<String, String> data = new HashMap<>(target.completeData(info.runUuid()));
        List<Path> scripts = new ArrayList<>();
        Path inline = null;
        try {
            if (config.inline() != null && !config.inline().isEmpty()) {
                inline = writeInline(info, data);
                scripts.add(inline);
            } else {
                for (String s : set(config.script()) ? List.of(config.script()) : config.scripts()) {
                    Path p = ctx.workingDir().resolve(s);
                    if (!Files.isRegularFile(p)) {
                        throw new IOException("Bad script '" + s + "': stat " + s + ": no such file or directory");
                    }
                    scripts.add(p);
                }
            }
            String format = set(config.envVarFormat()) ? config.envVarFormat()
                    : config.useEnvVarFile() ? "export %s='%s'\n" : "%s='%s' ";
            String vars = ShellEnv.flatten(config, info, data, format);
            if (config.useEnvVarFile()) {
                uploadEnvVarFile(ctx, comm, vars);
            }
            for (int i = 0; i < scripts.size(); i++) {
                Path script = scripts.get(i);
                String shown = script == inline ? script.toString()
                        : (set(config.script()) ? config.script() : config.scripts().get(i));
                runScript(ctx, info, comm, script, shown, data, vars);
            }
            if (config.useEnvVarFile() && !config.skipClean()) {
                cleanup(ctx, comm, envVarPath);
            }
        } finally {
            if (inline != null) {
                Files.deleteIfExists(inline);
            }
        }
        Duration pause = config.pauseAfter();
        if (pause != null && !pause.isZero() && !pause.isNegative()) {
            ctx.ui().say("Pausing " + GoDuration.format(pause) + " after this provisioner...");
            if (ctx.cancel().await(pause)) {
                throw new CancelledException();
            }
        }
    }

    private void runScript(BuildContext ctx, BuildInfo info, Communicator comm, Path script, String shown,
            Map<String, String> data, String vars) throws Exception {
        ctx.ui().say("Provisioning with shell script: " + shown);
        byte[] content = Files.readAllBytes(script);
        if (!config.binary()) {
            content = new String(content, StandardCharsets.ISO_8859_1).replace("\r\n", "\n")
                    .getBytes(StandardCharsets.ISO_8859_1);
        }
        Map<String, Object> dot = new HashMap<>(data);
        dot.put("Vars", vars);
        dot.put("EnvVarFile", config.useEnvVarFile() ? envVarPath : "");
        dot.put("Path", remotePath);
        String command;
        try {
            command = Placeholders.render(executeCommand(), dot, info);
        } catch (GoTemplateException e) {
            throw new IOException("Error processing command: " + e.getMessage(), e);
        }
        byte[] bytes = content;
        boolean chmod = set(config.remotePath()) && !comm.type().equals("docker");
        StartRetry.Attempt<Void> upload = () -> {
            try {
                comm.upload(remotePath, new ByteArrayInputStream(bytes), bytes.length, 0755, TransferProgress.NONE);
                if (chmod) {
                    comm.run(RemoteCommand.of("chmod 0755 " + RemoteShellQuote.quotePath(remotePath)));
                }
            } catch (IOException e) {
                throw wrap("Error uploading script: ", e);
            }
            return null;
        };
        ctx.log().log("[INFO] (shell): running " + command);
        CommandResult result = RemoteRun.withUi(ctx, comm, command, startRetryTimeout(), upload);
        if (result.disconnected()) {
            if (!config.expectDisconnect()) {
                throw new IOException(DISCONNECTED.replace("unexpectedly.", "unexpectedly (shell provisioner, "
                        + remotePath + ": " + result.describe() + ")."));
            }
            ctx.log().log("[INFO] (shell): script disconnected as expected: " + result.describe());
        } else {
            List<Integer> valid = config.validExitCodes() == null || config.validExitCodes().isEmpty()
                    ? List.of(0) : config.validExitCodes();
            if (result.exitSignal() != null || !valid.contains(result.exitStatus())) {
                throw new ScriptExitException(result.exitStatus(), valid);
            }
        }
        if (!config.skipClean()) {
            cleanup(ctx, comm, remotePath);
        }
    }

    /** Removes a remote file, retrying while the machine is unreachable (it may be rebooting). */
    private void cleanup(BuildContext ctx, Communicator comm, String path) throws IOException {
        try {
            StartRetry.retry(startRetryTimeout(), ctx.log()::log, () -> {
                comm.remove(List.of(path));
                return null;
            });
        } catch (IOException e) {
            throw new IOException("Error removing temporary script at " + path + ": " + e.getMessage(), e);
        }
    }

    private void uploadEnvVarFile(BuildContext ctx, Communicator comm, String vars) throws IOException {
        byte[] bytes = vars.getBytes(StandardCharsets.UTF_8);
        StartRetry.retry(startRetryTimeout(), ctx.log()::log, () -> {
            try {
                comm.upload(envVarPath, new ByteArrayInputStream(bytes), bytes.length, 0600, TransferProgress.NONE);
            } catch (IOException e) {
                throw wrap("Error uploading envVarFile: ", e);
            }
            return null;
        });
    }

    private Path writeInline(BuildInfo info, Map<String, String> data) throws IOException {
        String shebang = set(config.inlineShebang()) ? config.inlineShebang() : "/bin/sh -e";
        StringBuilder sb = new StringBuilder("#!").append(shebang).append('\n');
        for (String line : config.inline()) {
            try {
                sb.append(Placeholders.render(line, data, info)).append('\n');
            } catch (GoTemplateException e) {
                throw new IOException("Error interpolating Inline: " + e.getMessage(), e);
            }
        }
        Path tmp = Files.createTempFile("packer-shell", "");
        Files.writeString(tmp, sb, StandardCharsets.UTF_8);
        return tmp;
    }

    private String executeCommand() {
        if (set(config.executeCommand())) {
            return config.executeCommand();
        }
        return config.useEnvVarFile() ? "chmod +x {{.Path}}; . {{.EnvVarFile}} && {{.Path}}"
                : "chmod +x {{.Path}}; {{.Vars}} {{.Path}}";
    }

    private Duration startRetryTimeout() {
        Duration d = config.startRetryTimeout();
        return d == null || d.isZero() ? Duration.ofMinutes(5) : d;
    }

    /** Keeps the communicator's retryable flag while adding Packer's prefix. */
    private static IOException wrap(String prefix, IOException e) {
        if (e instanceof CommunicatorException ce) {
            return new CommunicatorException(prefix + ce.getMessage(), ce.retryable(), ce);
        }
        return new IOException(prefix + e.getMessage(), e);
    }

    private static boolean set(String s) {
        return s != null && !s.isEmpty();
    }
}
