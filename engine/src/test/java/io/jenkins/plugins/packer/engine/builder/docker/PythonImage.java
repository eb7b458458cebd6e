package io.jenkins.plugins.packer.engine.builder.docker;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Assumptions;

/**
 * A base image with Python and ansible-core, made without any registry from what Debian's {@code ansible}
 * package installed on this machine: the busybox root file system ({@link BusyboxImage}), the host's
 * {@code /usr/bin/python3.X} with its standard library (tests, IDLE and Tk left out) and the shared libraries
 * {@code ldd} names for it and its extension modules, the C.UTF-8 locale ({@code LANG}), and ansible-core with
 * the few packages it imports (Jinja2, MarkupSafe, PyYAML, packaging, resolvelib; their metadata too) plus the
 * {@code ansible-playbook} script. About 65 MB; imported once per daemon. Enough for Ansible's modules inside
 * the container (docker connection) and for {@code ansible-local}.
 */
public final class PythonImage {

    public static final String NAME = "jpacker-test/python:latest";

    private static final Path DIST = Path.of("/usr/lib/python3/dist-packages");
    private static final List<String> PACKAGES = List.of("ansible", "jinja2", "markupsafe", "yaml", "_yaml",
            "packaging", "resolvelib");
    private static final List<String> METADATA = List.of("ansible_core-", "jinja2-", "markupsafe-", "pyyaml-",
            "packaging-", "resolvelib-");
    private static final Set<String> SKIP = Set.of("test", "idlelib", "tkinter", "turtledemo", "ensurepip",
            "lib2to3", "pydoc_data");

    private static boolean imported;

    private PythonImage() {
    }

    /** The image's name, imported into {@code d} on first use; skips the test when the host has no ansible. */
    public static synchronized String get(Dockerd d) throws IOException, InterruptedException {
        Path python = Path.of("/usr/bin/python3").toRealPath();
        Assumptions.assumeTrue(Files.isDirectory(DIST.resolve("ansible")) && Files.isExecutable(python),
                "skipped: no Debian python3 with ansible-core (install ansible)");
        if (!imported) {
            Path tar = Files.createTempFile("python-rootfs", ".tar");
            try {
                try (OutputStream out = Files.newOutputStream(tar);
                     TarArchiveOutputStream t = new TarArchiveOutputStream(out)) {
                    t.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
                    write(t, python);
                }
                try (EngineApiDriver driver = d.driver(); InputStream in = Files.newInputStream(tar)) {
                    ImageName n = ImageName.parse(NAME);
                    driver.importImage(in, n.repository(), n.tag(), List.of("CMD [\"/bin/sh\"]", "ENV LANG=C.UTF-8"),
                            null);
                }
            } finally {
                Files.deleteIfExists(tar);
            }
            imported = true;
        }
        return NAME;
    }

    private static void write(TarArchiveOutputStream tar, Path python) throws IOException, InterruptedException {
        Path busybox = Path.of("/bin/busybox");
        BusyboxImage.write(tar, busybox, BusyboxImage.applets(busybox));
        Set<String> dirs = new TreeSet<>(List.of("usr/", "usr/bin/", "usr/lib/", "usr/lib/python3/",
                "usr/lib/python3/dist-packages/", "usr/lib/locale/", "lib/", "lib/x86_64-linux-gnu/", "lib64/"));
        for (String dir : dirs) {
            TarArchiveEntry e = new TarArchiveEntry(dir);
            e.setMode(040755);
            tar.putArchiveEntry(e);
            tar.closeArchiveEntry();
        }
        Path stdlib = Path.of("/usr/lib", python.getFileName().toString());
        tree(tar, stdlib);
        regular(tar, python, "usr/bin/" + python.getFileName());
        symlink(tar, "usr/bin/python3", python.getFileName().toString());
        for (String p : PACKAGES) {
            if (Files.exists(DIST.resolve(p))) {
                tree(tar, DIST.resolve(p));
            }
        }
        try (var s = Files.list(DIST)) {
            for (Path info : s.filter(PythonImage::metadata).toList()) {
                tree(tar, info);
            }
        }
        // ansible needs a UTF-8 locale
        tree(tar, Path.of("/usr/lib/locale/C.utf8"));
        regular(tar, Path.of("/usr/bin/ansible-playbook"), "usr/bin/ansible-playbook");
        Set<Path> libs = new LinkedHashSet<>();
        libs.addAll(ldd(python));
        try (var s = Files.walk(stdlib.resolve("lib-dynload"))) {
            for (Path so : s.filter(f -> f.toString().endsWith(".so")).toList()) {
                libs.addAll(ldd(so));
            }
        }
        for (Path lib : libs) {
            String name = lib.getFileName().toString();
            regular(tar, lib.toRealPath(), name.startsWith("ld-linux") ? "lib64/" + name
                    : "lib/x86_64-linux-gnu/" + name);
        }
    }

    /** The package metadata ansible-core looks up (importlib.metadata). */
    private static boolean metadata(Path p) {
        String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return (n.endsWith(".dist-info") || n.endsWith(".egg-info")) && METADATA.stream().anyMatch(n::startsWith);
    }

    /** The libraries {@code ldd} lists for {@code elf} (the dynamic loader included). */
    private static Set<Path> ldd(Path elf) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("ldd", elf.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        Set<Path> libs = new LinkedHashSet<>();
        for (String line : out.split("\n")) {
            String l = line.strip();
            int arrow = l.indexOf("=> /");
            String path = arrow >= 0 ? l.substring(arrow + 3) : l.startsWith("/") ? l : null;
            if (path != null) {
                int paren = path.indexOf(" (");
                libs.add(Path.of(paren >= 0 ? path.substring(0, paren) : path));
            }
        }
        return libs;
    }

    /** {@code root} and everything under it at the same path in the image (symbolic links kept). */
    private static void tree(TarArchiveOutputStream tar, Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                String name = dir.getFileName().toString();
                // the standard library's own tests, IDLE, Tk, ...; not directories of the same name deeper down
                if (root.equals(dir.getParent()) && (SKIP.contains(name) || name.startsWith("config-"))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                TarArchiveEntry e = new TarArchiveEntry(name(dir) + "/");
                e.setMode(040755);
                tar.putArchiveEntry(e);
                tar.closeArchiveEntry();
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isSymbolicLink()) {
                    symlink(tar, name(file), Files.readSymbolicLink(file).toString());
                } else if (attrs.isRegularFile()) {
                    regular(tar, file, name(file));
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static String name(Path p) {
        return p.toString().substring(1);
    }

    private static void regular(TarArchiveOutputStream tar, Path file, String name) throws IOException {
        TarArchiveEntry e = new TarArchiveEntry(name);
        e.setMode(Files.isExecutable(file) ? 0100755 : 0100644);
        e.setSize(Files.size(file));
        tar.putArchiveEntry(e);
        Files.copy(file, tar);
        tar.closeArchiveEntry();
    }

    private static void symlink(TarArchiveOutputStream tar, String name, String target) throws IOException {
        TarArchiveEntry l = new TarArchiveEntry(name, TarArchiveEntry.LF_SYMLINK);
        l.setLinkName(target);
        tar.putArchiveEntry(l);
        tar.closeArchiveEntry();
    }
}
