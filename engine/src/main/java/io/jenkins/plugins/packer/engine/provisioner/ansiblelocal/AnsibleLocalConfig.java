package io.jenkins.plugins.packer.engine.provisioner.ansiblelocal;

import io.jenkins.plugins.packer.engine.config.Doc;
import io.jenkins.plugins.packer.engine.config.Validated;
import io.jenkins.plugins.packer.engine.config.Validation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Configuration of the {@code ansible-local} provisioner (packer-plugin-ansible's {@code ansible-local}). */
@Doc("Uploads playbooks to a staging directory on the machine and runs `ansible-playbook -c local` there; "
        + "ansible must be installed on the machine.")
public record AnsibleLocalConfig(
        @Doc("The remote command; default `ANSIBLE_FORCE_COLOR=1 PYTHONUNBUFFERED=1 ansible-playbook`.")
        String command,
        @Doc("Extra arguments, joined with spaces into the remote command line.") List<String> extraArguments,
        @Doc("A local group_vars directory to upload.") String groupVars,
        @Doc("A local host_vars directory to upload.") String hostVars,
        @Doc("A local directory uploaded as the staging directory before anything else.") String playbookDir,
        @Doc("The playbook to run (exclusive with `playbook_files`).") String playbookFile,
        @Doc("Playbooks to run in order (exclusive with `playbook_file`).") List<String> playbookFiles,
        @Doc("Local directories of playbooks uploaded to `staging_directory/playbooks`.") List<String> playbookPaths,
        @Doc("Local role directories uploaded to `staging_directory/roles`.") List<String> rolePaths,
        @Doc("The remote staging directory; default `/tmp/packer-provisioner-ansible-local/<uuid>`.")
        String stagingDirectory,
        @Doc("Remove the staging directory after the run.") boolean cleanStagingDirectory,
        @Doc("A local inventory file to upload and use instead of the generated one (`127.0.0.1`).")
        String inventoryFile,
        @Doc("Groups the generated inventory puts 127.0.0.1 in.") List<String> inventoryGroups,
        @Doc("A requirements file uploaded and installed with ansible-galaxy on the machine.") String galaxyFile,
        @Doc("The remote ansible-galaxy command; default `ansible-galaxy`.") String galaxyCommand)
        implements Validated {

    @Override
    public void validate(Validation v) {
        boolean file = playbookFile != null && !playbookFile.isEmpty() || v.isUnknown("playbook_file");
        boolean files = playbookFiles != null && !playbookFiles.isEmpty() || v.isUnknown("playbook_files");
        if (file && files) {
            v.error("playbook_files", "Either playbook_file or playbook_files can be specified, not both", "");
        }
        if (!file && !files) {
            v.error("playbook_file", "Either playbook_file or playbook_files must be specified", "");
        }
        check(v, "playbook_file", playbookFile, false);
        if (playbookFiles != null) {
            playbookFiles.forEach(f -> check(v, "playbook_files", f, false));
        }
        check(v, "inventory_file", inventoryFile, false);
        check(v, "galaxy_file", galaxyFile, false);
        check(v, "playbook_dir", playbookDir, true);
        check(v, "group_vars", groupVars, true);
        check(v, "host_vars", hostVars, true);
        if (playbookPaths != null) {
            playbookPaths.forEach(p -> check(v, "playbook_paths", p, true));
        }
        if (rolePaths != null) {
            rolePaths.forEach(p -> check(v, "role_paths", p, true));
        }
    }

    /** Packer's {@code validateFileConfig} / {@code validateDirConfig} for absolute paths (relative: at run time). */
    private static void check(Validation v, String field, String path, boolean dir) {
        if (path == null || path.isEmpty() || v.isUnknown(field)) {
            return;
        }
        Path p = Path.of(path);
        if (!p.isAbsolute()) {
            return;
        }
        if (!Files.exists(p)) {
            v.error(field, field + ": " + path + " is invalid: stat " + path + ": no such file or directory", "");
        } else if (dir && !Files.isDirectory(p)) {
            v.error(field, field + ": " + path + " must point to a directory", "");
        } else if (!dir && Files.isDirectory(p)) {
            v.error(field, field + ": " + path + " must point to a file", "");
        }
    }
}
