package io.jenkins.plugins.packer.engine.builder.qemu;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers accelerator probe results for the current boot of the host: in memory, and in a small properties
 * file in the Packer cache directory keyed by the kernel's boot id (a reboot, a new kernel module or new
 * hardware start over). A file that cannot be read or written only costs another probe.
 */
final class ProbeCache {

    private static final Map<String, Boolean> MEMORY = new ConcurrentHashMap<>();

    private final Path file;
    private final String bootId;

    ProbeCache(Path file) {
        this.file = file;
        this.bootId = bootId();
    }

    /** A cache that keeps results only in this process (tests). */
    static ProbeCache inMemory() {
        return new ProbeCache(null);
    }

    Boolean get(String key) {
        String k = bootId + "|" + key;
        Boolean b = MEMORY.get(k);
        if (b != null || file == null) {
            return b;
        }
        try {
            Properties p = load();
            String v = p.getProperty(k);
            return v == null ? null : Boolean.valueOf(v);
        } catch (IOException e) {
            return null;
        }
    }

    void put(String key, boolean ok) {
        String k = bootId + "|" + key;
        MEMORY.put(k, ok);
        if (file == null) {
            return;
        }
        try {
            Properties p = load();
            p.entrySet().removeIf(e -> !e.getKey().toString().startsWith(bootId + "|"));
            p.setProperty(k, Boolean.toString(ok));
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "qemu-accel", ".tmp");
            try (var w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, "qemu accelerator probe results (per boot)");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // only a cache
        }
    }

    private Properties load() throws IOException {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (var r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        }
        return p;
    }

    private static String bootId() {
        try {
            return Files.readString(Path.of("/proc/sys/kernel/random/boot_id")).strip();
        } catch (IOException | RuntimeException e) {
            return "unknown-boot";
        }
    }
}
