package io.jenkins.plugins.packer.engine.provisioner.ansible;

import io.jenkins.plugins.packer.engine.build.BuildContext;
import io.jenkins.plugins.packer.engine.communicator.ssh.EndpointForward;
import io.jenkins.plugins.packer.engine.communicator.ssh.SshCommunicator;
import io.jenkins.plugins.packer.engine.component.BuildInfo;
import io.jenkins.plugins.packer.engine.component.Placeholders;
import io.jenkins.plugins.packer.engine.component.ProvisionTarget;
import io.jenkins.plugins.packer.engine.component.Provisioner;
import io.jenkins.plugins.packer.engine.gotemplate.GoTemplateException;
import io.jenkins.plugins.packer.engine.provisioner.shelllocal.LocalCommand;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code ansible} provisioner: runs the local {@code ansible-playbook} against the build's machine over a
 * direct SSH connection (never Packer's proxy adapter, whose ssh-rsa-only host key and missing SFTP OpenSSH 9
 * clients refuse; shared/reference/environment.md §5). Ansible gets the machine's address, the build user and
 * the build's key ({@code ssh_private_key_file}, else the temporary key pair's private key in an owner-only
 * temporary file, else the SSH agent, else {@code ansible_password} in the owner-only inventory). With a jump
 * host, ansible connects to a local port forwarded through it. The command line, environment and messages
 * follow Packer's ({@code Executing Ansible: ...}, {@code Non-zero exit status: exit status N}). In a docker
 * build the inventory names the container with Ansible's docker connection instead
 * ({@code ansible_connection=docker}, the container id as host), where Packer would put its SSH proxy adapter
 * over the docker communicator.
 */
public final class AnsibleProvisioner implements Provisioner {

    private final AnsibleConfig config;

    public AnsibleProvisioner(AnsibleConfig config) {
        this.config = config;
    }

    @Override
    public void provision(BuildContext ctx, BuildInfo info, ProvisionTarget target) throws Exception {
        ctx.ui().say("Provisioning with Ansible...");
        Map<String, String> data = target.completeData(info.runUuid());
        String command = set(config.command()) ? config.command() : "ansible-playbook";
        if (!config.skipVersionCheck() && !onPath(command)) {
            throw new IOException("Error running \"" + command + " --version\": exec: \"" + command
                    + "\": executable file not found in $PATH");
        }
        boolean docker = "docker".equals(data.get("ConnType"));
        if (!docker && !"ssh".equals(data.get("ConnType"))) {
            throw new IOException("the ansible provisioner connects to the machine over SSH (or to a docker "
                    + "container with Ansible's docker connection), but this build's communicator is \""
                    + data.get("ConnType") + "\" (Packer's proxy adapter for other communicators is not part of "
                    + "this engine)");
        }
        Map<String, String> env = env(data, info);
        List<String> extra = new ArrayList<>();
        for (String a : list(config.extraArguments())) {
            extra.add(render(a, data, info, "Could not interpolate ansible env vars: "));
        }
        if (Boolean.TRUE.equals(config.useProxy())) {
            ctx.ui().message("use_proxy = true is accepted, but this engine has no SSH proxy adapter: Ansible "
                    + "connects straight to the machine.");
        }
        if (docker) {
            ctx.ui().message("Not using Proxy adapter for Ansible run:\n\tAnsible reaches the container with its "
                    + "docker connection (ansible_connection=docker, host = the container id)...");
            if (!onPath("docker")) {
                ctx.ui().message("Warning: no docker CLI on PATH; Ansible's docker connection runs it (install "
                        + "docker.io, or choose another connection in extra_arguments)");
            }
        } else {
            ctx.ui().message("Not using Proxy adapter for Ansible run:\n\tUsing ssh keys from Packer communicator...");
        }
        List<Path> temporary = new ArrayList<>();
        EndpointForward forward = target.communicator() instanceof SshCommunicator ssh ? ssh.forwardEndpoint() : null;
        try {
            String host = docker ? data.get("ID") : forward == null ? data.get("Host") : "127.0.0.1";
            String port = docker ? "" : forward == null ? data.get("Port")
                    : Integer.toString(forward.address().getPort());
            String keyFile = docker ? null : keyFile(data, temporary);
            // in a container, only an explicit user: the build's (SSH) user does not exist there
            String user = set(config.user()) ? config.user() : docker ? "" : data.get("User");
            String password = !docker && keyFile == null && !"true".equals(data.get("SSHAgentAuth"))
                    && set(data.get("Password")) ? data.get("Password") : null;
            Path inventory = inventory(ctx, info, data, host, port, user, password, temporary, docker);
            if (set(config.galaxyFile())) {
                AnsibleGalaxy.install(ctx, config, ctx.workingDir().resolve(config.galaxyFile()), env);
            }
            Path playbook = ctx.workingDir().resolve(config.playbookFile()).toAbsolutePath().normalize();
            if (!Files.isRegularFile(playbook)) {
                throw new IOException("playbook_file: " + config.playbookFile() + " is invalid: stat "
                        + config.playbookFile() + ": no such file or directory");
            }
            List<String> argv = new ArrayList<>();
            argv.add(command);
            argv.addAll(args(data, info, keyFile, extra, inventory.toString(), playbook.toString()));
            ctx.ui().say("Executing Ansible: " + sanitize(String.join(" ", argv), data));
            int status = LocalCommand.run(argv, env, ctx.workingDir(), ctx.ui(), ctx.cancel());
            if (status != 0) {
                throw new IOException("Error executing Ansible: Non-zero exit status: exit status " + status);
            }
        } finally {
            if (forward != null) {
                forward.close();
            }
            for (Path p : temporary) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Packer's {@code createCmdArgs}, without the program name. */
    List<String> args(Map<String, String> data, BuildInfo info, String keyFile, List<String> extra,
            String inventory, String playbook) {
        List<String> args = new ArrayList<>();
        args.addAll(List.of("-e", "packer_build_name=\"" + info.sourceName() + "\""));
        args.addAll(List.of("-e", "packer_builder_type=" + info.builderType()));
        String http = data.get("PackerHTTPAddr");
        if (http != null && !ProvisionTarget.HTTP_NOT_IMPLEMENTED.get("PackerHTTPAddr").equals(http)) {
            args.addAll(List.of("-e", "packer_http_addr=" + http));
        }
        if (keyFile != null) {
            List<String> ssh = list(config.ansibleSshExtraArgs());
            args.addAll(List.of("--ssh-extra-args", ssh.isEmpty() ? "'-o IdentitiesOnly=yes'"
                    : "'" + String.join("' '", ssh) + "'"));
        }
        args.addAll(extra);
        if (keyFile != null && !mentions(args, "ansible_password")) {
            args.addAll(List.of("-e", "ansible_ssh_private_key_file=" + keyFile));
        }
        args.addAll(List.of("-i", inventory, playbook));
        return args;
    }

    private Map<String, String> env(Map<String, String> data, BuildInfo info) throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        for (String kv : list(config.ansibleEnvVars())) {
            String rendered = render(kv, data, info, "Could not interpolate ansible env vars: ");
            int eq = rendered.indexOf('=');
            if (eq > 0) {
                env.put(rendered.substring(0, eq), rendered.substring(eq + 1));
            }
        }
        if (!set(config.sshHostKeyFile())) {
            env.putIfAbsent("ANSIBLE_HOST_KEY_CHECKING", "False");
        }
        if (!config.useSftp()) {
            env.putIfAbsent("ANSIBLE_SCP_IF_SSH", "True");
        }
        return env;
    }

    private String keyFile(Map<String, String> data, List<Path> temporary) throws IOException {
        if (set(data.get("SSHPrivateKeyFile"))) {
            return data.get("SSHPrivateKeyFile");
        }
        if ("true".equals(data.get("SSHAgentAuth")) || !set(data.get("SSHPrivateKey"))) {
            return null;
        }
        Path key = Files.createTempFile("ansible-key", "");
        temporary.add(key);
        try {
            Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system
        }
        Files.writeString(key, data.get("SSHPrivateKey"));
        return key.toString();
    }

    private Path inventory(BuildContext ctx, BuildInfo info, Map<String, String> data, String host, String port,
            String user, String password, List<Path> temporary, boolean docker) throws IOException {
        if (set(config.inventoryFile())) {
            return ctx.workingDir().resolve(config.inventoryFile());
        }
        String alias = set(config.hostAlias()) ? config.hostAlias() : "default";
        String line = docker ? AnsibleInventory.dockerHostLine(config, info, data, alias, user, host)
                : AnsibleInventory.hostLine(config, info, data, alias, user, host, port, password);
        Path dir = set(config.inventoryDirectory()) ? ctx.workingDir().resolve(config.inventoryDirectory()) : null;
        Path file = AnsibleInventory.write(dir, AnsibleInventory.text(line, list(config.groups()),
                list(config.emptyGroups())));
        if (!config.keepInventoryFile() || password != null) {
            temporary.add(file);
        }
        return file;
    }

    /** Hides values of {@code *password*=} / {@code *secret*=} extra arguments and the build password. */
    String sanitize(String line, Map<String, String> data) {
        String out = line;
        for (String arg : list(config.extraArguments())) {
            int eq = arg.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String key = arg.substring(0, eq).toLowerCase(java.util.Locale.ROOT);
            String value = arg.substring(eq + 1);
            if ((key.contains("password") || key.contains("secret")) && !value.isEmpty()) {
                out = out.replace(value, "*****");
            }
        }
        for (String k : List.of("WinRMPassword", "Password")) {
            if (set(data.get(k))) {
                out = out.replace(data.get(k), "*****");
            }
        }
        return out;
    }

    private static boolean mentions(List<String> args, String name) {
        for (String a : args) {
            for (String part : a.split("=")) {
                if (part.equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String render(String text, Map<String, String> data, BuildInfo info, String prefix)
            throws IOException {
        try {
            return Placeholders.render(text, new HashMap<>(data), info);
        } catch (GoTemplateException e) {
            throw new IOException(prefix + e.getMessage(), e);
        }
    }

    static boolean onPath(String command) {
        if (command.contains("/")) {
            return Files.isExecutable(Path.of(command));
        }
        String path = System.getenv("PATH");
        for (String dir : (path == null ? "" : path).split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> list(List<String> l) {
        return l == null ? List.of() : l;
    }

    private static boolean set(String s) {
        return s != null && !s.isEmpty();
    }
}
