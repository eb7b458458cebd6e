package io.jenkins.plugins.packer.engine.provisioner.ansible;

import io.jenkins.plugins.packer.engine.component.BuildInfo;
import io.jenkins.plugins.packer.engine.component.Placeholders;
import io.jenkins.plugins.packer.engine.gotemplate.GoTemplateException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The inventory file the {@code ansible} provisioner generates (Packer's {@code createInventoryFile}): the host
 * line from {@code inventory_file_template} (default {@value #DEFAULT_TEMPLATE}), then for each of
 * {@code groups} {@code [group]} and the host line again, then {@code [group]} for each of
 * {@code empty_groups}. A password login adds {@code ansible_password} to the host line, which is why the
 * file is readable by its owner only.
 */
final class AnsibleInventory {

    static final String DEFAULT_TEMPLATE =
            "{{ .HostAlias }} ansible_host={{ .Host }} ansible_user={{ .User }} ansible_port={{ .Port }}\n";

    private AnsibleInventory() {
    }

    /** The host line (with its newline). */
    static String hostLine(AnsibleConfig config, BuildInfo info, Map<String, String> data, String alias,
            String user, String host, String port, String password) throws IOException {
        Map<String, Object> dot = new HashMap<>(data);
        dot.put("HostAlias", alias);
        dot.put("User", user);
        dot.put("Host", host);
        dot.put("Port", port);
        String template = config.inventoryFileTemplate() == null || config.inventoryFileTemplate().isEmpty()
                ? DEFAULT_TEMPLATE : config.inventoryFileTemplate();
        String line;
        try {
            line = Placeholders.render(template, dot, info);
        } catch (GoTemplateException e) {
            throw new IOException("Error generating inventory file from template: " + e.getMessage(), e);
        }
        if (password != null) {
            String body = line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
            line = body + " ansible_password=\"" + password.replace("\\", "\\\\").replace("\"", "\\\"") + "\"\n";
        }
        return line;
    }

    /**
     * The host line for a docker container: {@code ALIAS ansible_host=CONTAINER_ID ansible_connection=docker}, with
     * {@code ansible_user} when a user is given; an {@code inventory_file_template} is rendered with
     * {@code .Host} = the container id, {@code .Port} empty.
     */
    static String dockerHostLine(AnsibleConfig config, BuildInfo info, Map<String, String> data, String alias,
            String user, String containerId) throws IOException {
        if (config.inventoryFileTemplate() != null && !config.inventoryFileTemplate().isEmpty()) {
            return hostLine(config, info, data, alias, user, containerId, "", null);
        }
        return alias + " ansible_host=" + containerId + " ansible_connection=docker"
                + (user == null || user.isEmpty() ? "" : " ansible_user=" + user) + "\n";
    }

    /** The whole file's text. */
    static String text(String hostLine, List<String> groups, List<String> emptyGroups) {
        StringBuilder sb = new StringBuilder(hostLine);
        for (String g : groups) {
            sb.append('[').append(g).append("]\n").append(hostLine);
        }
        for (String g : emptyGroups) {
            sb.append('[').append(g).append("]\n");
        }
        return sb.toString();
    }

    /** Writes {@code text} to a new owner-only file {@code packer-provisioner-ansible*} in {@code dir}. */
    static Path write(Path dir, String text) throws IOException {
        Path file = dir == null ? Files.createTempFile("packer-provisioner-ansible", "")
                : Files.createTempFile(dir, "packer-provisioner-ansible", "");
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
