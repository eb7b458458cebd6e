package io.jenkins.plugins.packer.engine.builder.docker;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Maps a {@link ContainerSpec} onto the Engine's create-container request body ({@code POST /containers/create}). */
final class ContainerSpecs {

    /** Linux capability names (without {@code CAP_}) the Engine knows, and {@code ALL}. */
    private static final Set<String> CAPABILITIES = Set.of("ALL", "CHOWN", "DAC_OVERRIDE", "DAC_READ_SEARCH",
            "FOWNER", "FSETID", "KILL", "SETGID", "SETUID", "SETPCAP", "LINUX_IMMUTABLE", "NET_BIND_SERVICE",
            "NET_BROADCAST", "NET_ADMIN", "NET_RAW", "IPC_LOCK", "IPC_OWNER", "SYS_MODULE", "SYS_RAWIO", "SYS_CHROOT",
            "SYS_PTRACE", "SYS_PACCT", "SYS_ADMIN", "SYS_BOOT", "SYS_NICE", "SYS_RESOURCE", "SYS_TIME",
            "SYS_TTY_CONFIG", "MKNOD", "LEASE", "AUDIT_WRITE", "AUDIT_CONTROL", "SETFCAP", "MAC_OVERRIDE",
            "MAC_ADMIN", "SYSLOG", "WAKE_ALARM", "BLOCK_SUSPEND", "AUDIT_READ", "PERFMON", "BPF",
            "CHECKPOINT_RESTORE");

    private ContainerSpecs() {
    }

    /** The request body (the name and platform go into the query). */
    static Map<String, Object> body(ContainerSpec s) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("Image", s.image());
        if (s.entrypoint() != null) {
            // an empty list resets the image's entrypoint, as `--entrypoint ""` does
            b.put("Entrypoint", s.entrypoint().isEmpty() ? List.of("") : s.entrypoint());
        }
        if (!s.cmd().isEmpty()) {
            b.put("Cmd", s.cmd());
        }
        b.put("Tty", s.tty());
        b.put("OpenStdin", s.openStdin());
        b.put("AttachStdin", false);
        putIfSet(b, "User", s.user());
        putIfSet(b, "WorkingDir", s.workingDir());
        putIfSet(b, "Hostname", s.hostname());
        if (!s.env().isEmpty()) {
            b.put("Env", s.env());
        }
        if (!s.labels().isEmpty()) {
            b.put("Labels", s.labels());
        }
        Map<String, Object> host = new LinkedHashMap<>();
        host.put("Binds", s.binds());
        host.put("Privileged", s.privileged());
        if (!s.tmpfs().isEmpty()) {
            host.put("Tmpfs", s.tmpfs());
        }
        if (!s.devices().isEmpty()) {
            host.put("Devices", s.devices().stream().map(ContainerSpecs::device).toList());
        }
        if (!s.capAdd().isEmpty()) {
            host.put("CapAdd", s.capAdd().stream().map(ContainerSpecs::capability).toList());
        }
        if (!s.capDrop().isEmpty()) {
            host.put("CapDrop", s.capDrop().stream().map(ContainerSpecs::capability).toList());
        }
        putIfSet(host, "Runtime", s.runtime());
        putIfSet(host, "NetworkMode", s.network());
        if (s.init()) {
            host.put("Init", true);
        }
        b.put("HostConfig", host);
        return b;
    }

    /** {@code HOST[:CONTAINER[:PERMISSIONS]]}, as {@code docker run --device} reads it. */
    static Map<String, Object> device(String spec) {
        String[] p = spec.split(":", -1);
        String host = p[0];
        String container = p.length > 1 && !p[1].isEmpty() ? p[1] : host;
        String perms = p.length > 2 && !p[2].isEmpty() ? p[2] : "rwm";
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("PathOnHost", host);
        d.put("PathInContainer", container);
        d.put("CgroupPermissions", perms);
        return d;
    }

    /** A capability name with or without {@code CAP_}, any case, as the Engine wants it (e.g. {@code NET_ADMIN}). */
    static String capability(String name) {
        String n = name.strip().toUpperCase(Locale.ROOT);
        if (n.startsWith("CAP_")) {
            n = n.substring(4);
        }
        if (!CAPABILITIES.contains(n)) {
            throw new IllegalArgumentException("Unknown Linux capability \"" + name + "\"");
        }
        return n;
    }

    private static void putIfSet(Map<String, Object> m, String key, String value) {
        if (value != null && !value.isEmpty()) {
            m.put(key, value);
        }
    }
}
