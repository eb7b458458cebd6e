package io.jenkins.plugins.packer.engine.provisioner.ansible;

import io.jenkins.plugins.packer.engine.config.Doc;
import io.jenkins.plugins.packer.engine.config.Validated;
import io.jenkins.plugins.packer.engine.config.Validation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Configuration of the {@code ansible} provisioner (packer-plugin-ansible's {@code provisioner/ansible}). The
 * fields of Packer's SSH proxy adapter are accepted so that templates validate, but this engine has no adapter:
 * ansible always connects straight to the machine's SSH endpoint, or to a docker container with its docker
 * connection.
 */
@Doc("Runs the local `ansible-playbook` against the machine, connecting straight to its SSH endpoint (through "
        + "the jump host when `ssh_bastion_host` is set) with the build's user and key. Packer 1.6.6 puts an SSH "
        + "proxy adapter in between by default, which OpenSSH 9 clients refuse; this engine never does. In a docker "
        + "build, Ansible reaches the container with its docker connection (`ansible_connection=docker`, the "
        + "container id as `ansible_host`), which runs the `docker` CLI.")
public record AnsibleConfig(
        @Doc("The playbook to run. Required.") String playbookFile,
        @Doc("The ansible-playbook executable; default `ansible-playbook`.") String command,
        @Doc("Extra arguments for ansible-playbook, not passed through a shell. Values of arguments whose name "
                + "contains `password` or `secret` are hidden in the output.") List<String> extraArguments,
        @Doc("Environment variables (`KEY=value`) for ansible-playbook.") List<String> ansibleEnvVars,
        @Doc("Groups the host is put in, in the generated inventory.") List<String> groups,
        @Doc("Groups that exist in the generated inventory without hosts.") List<String> emptyGroups,
        @Doc("The host's name in the generated inventory; default `default`.") String hostAlias,
        @Doc("The `ansible_user`; default the build's SSH user (in a docker build: none, the container's user).") String user,
        @Doc("The directory for the generated inventory file (e.g. one with `group_vars`); default a temporary "
                + "directory.") String inventoryDirectory,
        @Doc("The line written for the host; default `{{ .HostAlias }} ansible_host={{ .Host }} ansible_user="
                + "{{ .User }} ansible_port={{ .Port }}`.") String inventoryFileTemplate,
        @Doc("An inventory file to use instead of a generated one.") String inventoryFile,
        @Doc("Keep the generated inventory file.") boolean keepInventoryFile,
        @Doc("A requirements file installed with ansible-galaxy before the playbook runs.") String galaxyFile,
        @Doc("The ansible-galaxy executable; default `ansible-galaxy`.") String galaxyCommand,
        @Doc("Add `-f` to ansible-galaxy.") boolean galaxyForceInstall,
        @Doc("Add `--force-with-deps` to ansible-galaxy.") boolean galaxyForceWithDeps,
        @Doc("Where ansible-galaxy installs roles (`-p`).") String rolesPath,
        @Doc("Where ansible-galaxy installs collections (`-p`).") String collectionsPath,
        @Doc("`--ssh-extra-args` for ansible; default `-o IdentitiesOnly=yes` when a key is used.")
        List<String> ansibleSshExtraArgs,
        @Doc("Accepted and documented only: this engine has no proxy adapter and always connects ansible "
                + "straight to the machine (as Packer's `use_proxy = false`).") Boolean useProxy,
        @Doc("Accepted; adapter-only (no effect).") int localPort,
        @Doc("Accepted; adapter-only (no effect).") String sshHostKeyFile,
        @Doc("Accepted; adapter-only (no effect).") String sshAuthorizedKeyFile,
        @Doc("Accepted; adapter-only (no effect).") String ansibleProxyKeyType,
        @Doc("Accepted; adapter-only (no effect).") String sftpCommand,
        @Doc("Use SFTP for ansible's file transfers; by default `ANSIBLE_SCP_IF_SSH=True` is set as Packer does.")
        boolean useSftp,
        @Doc("Do not check that the ansible-playbook executable exists before the build.") boolean skipVersionCheck,
        @Doc("Accepted; WinRM is not supported.") boolean ansibleWinrmUseHttp) implements Validated {

    @Override
    public void validate(Validation v) {
        if (v.isUnknown("playbook_file")) {
            return;
        }
        if (playbookFile == null || playbookFile.isEmpty()) {
            v.error("playbook_file", "playbook_file must be specified.", "");
        } else {
            checkFile(v, "playbook_file", playbookFile);
        }
        if (galaxyFile != null && !galaxyFile.isEmpty() && !v.isUnknown("galaxy_file")) {
            checkFile(v, "galaxy_file", galaxyFile);
        }
        if (inventoryDirectory != null && !inventoryDirectory.isEmpty() && !v.isUnknown("inventory_directory")) {
            Path p = Path.of(inventoryDirectory);
            if (p.isAbsolute() && !Files.isDirectory(p)) {
                v.error("inventory_directory", Files.exists(p)
                        ? "inventory_directory: " + inventoryDirectory + " must point to a directory"
                        : "inventory_directory: " + inventoryDirectory + " is invalid: stat " + inventoryDirectory
                                + ": no such file or directory", "");
            }
        }
        if (localPort > 65535) {
            v.error("local_port", "local_port: " + localPort + " must be a valid port", "");
        }
    }

    /** Packer's {@code validateFileConfig} for absolute paths; relative ones are checked when the build runs. */
    static void checkFile(Validation v, String field, String file) {
        Path p = Path.of(file);
        if (!p.isAbsolute()) {
            return;
        }
        if (!Files.exists(p)) {
            v.error(field, field + ": " + file + " is invalid: stat " + file + ": no such file or directory", "");
        } else if (Files.isDirectory(p)) {
            v.error(field, field + ": " + file + " must point to a file", "");
        }
    }
}
