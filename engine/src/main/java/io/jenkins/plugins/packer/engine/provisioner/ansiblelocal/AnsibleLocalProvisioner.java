package io.jenkins.plugins.packer.engine.provisioner.ansiblelocal;

import io.jenkins.plugins.packer.engine.build.BuildContext;
import io.jenkins.plugins.packer.engine.communicator.CommandResult;
import io.jenkins.plugins.packer.engine.communicator.Communicator;
import io.jenkins.plugins.packer.engine.communicator.TransferProgress;
import io.jenkins.plugins.packer.engine.component.BuildInfo;
import io.jenkins.plugins.packer.engine.component.ProvisionTarget;
import io.jenkins.plugins.packer.engine.component.Provisioner;
import io.jenkins.plugins.packer.engine.provisioner.remote.RemoteRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The {@code ansible-local} provisioner, as packer-plugin-ansible's: uploads the playbook(s), inventory,
 * variables, roles and galaxy file into a staging directory on the machine, runs
 * {@code cd STAGING && COMMAND PLAYBOOK --extra-vars "packer_build_name=... packer_builder_type=...
 * packer_http_addr=..." EXTRA -c local -i INVENTORY} there for each playbook, and removes the staging directory
 * when {@code clean_staging_directory} is set. Messages and errors are Packer's.
 */
public final class AnsibleLocalProvisioner implements Provisioner {

    static final String DEFAULT_STAGING = "/tmp/packer-provisioner-ansible-local";

    private final AnsibleLocalConfig config;
    private final String staging;

    public AnsibleLocalProvisioner(AnsibleLocalConfig config) {
        this.config = config;
        this.staging = set(config.stagingDirectory()) ? config.stagingDirectory()
                : DEFAULT_STAGING + "/" + UUID.randomUUID();
    }

    @Override
    public void provision(BuildContext ctx, BuildInfo info, ProvisionTarget target) throws Exception {
        ctx.ui().say("Provisioning with Ansible...");
        Communicator comm = target.communicator();
        Map<String, String> data = target.completeData(info.runUuid());
        if (set(config.playbookDir())) {
            ctx.ui().message("Uploading Playbook directory to Ansible staging directory...");
            uploadDir(ctx, comm, staging, local(ctx, config.playbookDir()), "Error uploading playbook_dir directory: ");
        } else {
            ctx.ui().message("Creating Ansible staging directory...");
            createDir(ctx, comm, staging, "Error creating staging directory: ");
        }
        List<String> playbooks = new ArrayList<>();
        if (set(config.playbookFile())) {
            ctx.ui().message("Uploading main Playbook file...");
            Path src = local(ctx, config.playbookFile());
            String dst = staging + "/" + src.getFileName();
            upload(comm, dst, src, "Error uploading main playbook: ");
            playbooks.add(dst);
        } else {
            Path dir = set(config.playbookDir()) ? local(ctx, config.playbookDir()) : null;
            for (String f : config.playbookFiles()) {
                Path abs = local(ctx, f);
                if (dir != null && abs.startsWith(dir)) {
                    playbooks.add(staging + "/" + dir.relativize(abs));
                    continue;
                }
                ctx.ui().message("Uploading playbook file: " + abs);
                createDir(ctx, comm, staging + abs.getParent(), "Error uploading playbook file: " + abs + " [");
                upload(comm, staging + abs, abs, "Error uploading playbook: " + abs + " [");
                playbooks.add(staging + abs);
            }
        }
        Path inventory = set(config.inventoryFile()) ? local(ctx, config.inventoryFile()) : null;
        Path generated = null;
        try {
            if (inventory == null) {
                generated = Files.createTempFile("packer-provisioner-ansible-local", "");
                StringBuilder text = new StringBuilder();
                List<String> groups = config.inventoryGroups() == null ? List.of() : config.inventoryGroups();
                for (String g : groups) {
                    text.append('[').append(g).append("]\n127.0.0.1\n");
                }
                Files.writeString(generated, groups.isEmpty() ? "127.0.0.1" : text, StandardCharsets.UTF_8);
                inventory = generated;
            }
            if (set(config.galaxyFile())) {
                ctx.ui().message("Uploading galaxy file...");
                Path src = local(ctx, config.galaxyFile());
                upload(comm, staging + "/" + src.getFileName(), src, "Error uploading galaxy file: ");
            }
            ctx.ui().message("Uploading inventory file...");
            upload(comm, staging + "/" + inventory.getFileName(), inventory, "Error uploading inventory file: ");
        } finally {
            if (generated != null) {
                Files.deleteIfExists(generated);
            }
        }
        uploadVars(ctx, comm);
        runAnsible(ctx, comm, data, info, playbooks, staging + "/" + inventory.getFileName());
        if (config.cleanStagingDirectory()) {
            ctx.ui().message("Removing staging directory...");
            ctx.ui().message("Removing directory: " + staging);
            check(RemoteRun.withUi(ctx, comm, "rm -rf '" + staging + "'"), "Error removing staging directory: ");
        }
    }

    private void uploadVars(BuildContext ctx, Communicator comm) throws IOException {
        if (set(config.groupVars())) {
            ctx.ui().message("Uploading group_vars directory...");
            uploadDir(ctx, comm, staging + "/group_vars", local(ctx, config.groupVars()),
                    "Error uploading group_vars directory: ");
        }
        if (set(config.hostVars())) {
            ctx.ui().message("Uploading host_vars directory...");
            uploadDir(ctx, comm, staging + "/host_vars", local(ctx, config.hostVars()),
                    "Error uploading host_vars directory: ");
        }
        if (config.rolePaths() != null && !config.rolePaths().isEmpty()) {
            ctx.ui().message("Uploading role directories...");
            for (String r : config.rolePaths()) {
                Path src = local(ctx, r);
                uploadDir(ctx, comm, staging + "/roles/" + src.getFileName(), src, "Error uploading roles: ");
            }
        }
        if (config.playbookPaths() != null && !config.playbookPaths().isEmpty()) {
            ctx.ui().message("Uploading additional Playbooks...");
            createDir(ctx, comm, staging + "/playbooks", "Error creating playbooks directory: ");
            for (String p : config.playbookPaths()) {
                Path src = local(ctx, p);
                uploadDir(ctx, comm, staging + "/playbooks/" + src.getFileName(), src, "Error uploading playbooks: ");
            }
        }
    }

    private void runAnsible(BuildContext ctx, Communicator comm, Map<String, String> data, BuildInfo info,
            List<String> playbooks, String inventory) throws IOException {
        String extra = " --extra-vars \"packer_build_name=" + info.sourceName() + " packer_builder_type="
                + info.builderType() + " packer_http_addr=" + data.get("PackerHTTPAddr") + "\" ";
        if (config.extraArguments() != null && !config.extraArguments().isEmpty()) {
            extra += String.join(" ", config.extraArguments());
        }
        if (set(config.galaxyFile())) {
            String galaxy = set(config.galaxyCommand()) ? config.galaxyCommand() : "ansible-galaxy";
            String cmd = "cd " + staging + " && " + galaxy + " install -r " + staging + "/"
                    + Path.of(config.galaxyFile()).getFileName() + " -p " + staging + "/roles";
            ctx.ui().message("Executing Ansible Galaxy: " + cmd);
            CommandResult r = RemoteRun.withUi(ctx, comm, cmd);
            if (r.exitStatus() != 0) {
                throw new IOException("Error executing Ansible: Error executing Ansible Galaxy: Non-zero exit status: "
                        + r.exitStatus());
            }
        }
        String command = set(config.command()) ? config.command()
                : "ANSIBLE_FORCE_COLOR=1 PYTHONUNBUFFERED=1 ansible-playbook";
        for (String playbook : playbooks) {
            String cmd = "cd " + staging + " && " + command + " " + playbook + extra + " -c local -i " + inventory;
            ctx.ui().message("Executing Ansible: " + cmd);
            CommandResult r = RemoteRun.withUi(ctx, comm, cmd);
            if (r.disconnected()) {
                throw new IOException("Error executing Ansible: " + r.describe());
            }
            if (r.exitStatus() == 127) {
                throw new IOException("Error executing Ansible: " + command + " could not be found. Verify that it is "
                        + "available on the\nPATH after connecting to the machine.");
            }
            if (r.exitStatus() != 0) {
                throw new IOException("Error executing Ansible: Non-zero exit status: " + r.exitStatus());
            }
        }
    }

    private static void createDir(BuildContext ctx, Communicator comm, String dir, String prefix) throws IOException {
        ctx.ui().message("Creating directory: " + dir);
        check(RemoteRun.withUi(ctx, comm, "mkdir -p '" + dir + "'"), prefix);
    }

    private static void uploadDir(BuildContext ctx, Communicator comm, String dst, Path src, String prefix)
            throws IOException {
        createDir(ctx, comm, dst, prefix);
        try {
            comm.uploadDir(dst, src + "/", List.of(), TransferProgress.NONE);
        } catch (IOException e) {
            throw new IOException(prefix + e.getMessage() + (prefix.endsWith("[") ? "]" : ""), e);
        }
    }

    private static void upload(Communicator comm, String dst, Path src, String prefix) throws IOException {
        try {
            comm.upload(dst, src, TransferProgress.NONE);
        } catch (IOException e) {
            throw new IOException(prefix + "Error uploading " + src + ": " + e.getMessage()
                    + (prefix.endsWith("[") ? "]" : ""), e);
        }
    }

    private static void check(CommandResult r, String prefix) throws IOException {
        if (!r.success()) {
            throw new IOException(prefix + "Non-zero exit status. See output above for more information."
                    + (prefix.endsWith("[") ? "]" : ""));
        }
    }

    private static Path local(BuildContext ctx, String path) throws IOException {
        Path p = ctx.workingDir().resolve(path).toAbsolutePath().normalize();
        if (!Files.exists(p)) {
            throw new IOException(path + " is invalid: stat " + path + ": no such file or directory");
        }
        return p;
    }

    private static boolean set(String s) {
        return s != null && !s.isEmpty();
    }
}
