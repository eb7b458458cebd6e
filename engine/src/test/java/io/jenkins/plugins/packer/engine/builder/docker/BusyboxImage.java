package io.jenkins.plugins.packer.engine.builder.docker;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Assumptions;

/**
 * The tests' base image, made without any registry (shared/study/31-docker-import-busybox.sh): a root file
 * system with Debian's static busybox and a link per applet, plus {@code /etc/passwd} with root and an
 * unprivileged {@code builder} (uid 1000), imported with {@code CMD ["/bin/sh"]} through the driver's import.
 */
public final class BusyboxImage {

    private BusyboxImage() {
    }

    static void importInto(Dockerd d) throws IOException, InterruptedException {
        Path busybox = Path.of("/bin/busybox");
        Assumptions.assumeTrue(Files.isExecutable(busybox), "skipped: no /bin/busybox (install busybox-static)");
        byte[] tar = rootfs(busybox, applets(busybox));
        try (EngineApiDriver driver = d.driver(); InputStream in = new ByteArrayInputStream(tar)) {
            ImageName n = ImageName.parse(Dockerd.BUSYBOX);
            driver.importImage(in, n.repository(), n.tag(), List.of("CMD [\"/bin/sh\"]"), null);
        }
    }

    /** A tar of the root file system. */
    public static byte[] rootfs(Path busybox, List<String> applets) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            write(tar, busybox, applets);
        }
        return bytes.toByteArray();
    }

    /** Writes the root file system's entries to {@code tar} (which stays open for more). */
    static void write(TarArchiveOutputStream tar, Path busybox, List<String> applets) throws IOException {
        for (String dir : List.of("bin/", "etc/", "root/", "home/", "home/builder/", "proc/", "sys/", "dev/",
                "var/", "var/tmp/")) {
            TarArchiveEntry e = new TarArchiveEntry(dir);
            e.setMode(040755);
            if (dir.equals("home/builder/")) {
                e.setIds(1000, 1000);
            }
            tar.putArchiveEntry(e);
            tar.closeArchiveEntry();
        }
        TarArchiveEntry tmp = new TarArchiveEntry("tmp/");
        tmp.setMode(041777);
        tar.putArchiveEntry(tmp);
        tar.closeArchiveEntry();
        TarArchiveEntry bb = new TarArchiveEntry("bin/busybox");
        bb.setMode(0100755);
        bb.setSize(Files.size(busybox));
        tar.putArchiveEntry(bb);
        Files.copy(busybox, tar);
        tar.closeArchiveEntry();
        for (String a : applets) {
            if (a.equals("busybox")) {
                continue;
            }
            TarArchiveEntry l = new TarArchiveEntry("bin/" + a, TarArchiveEntry.LF_SYMLINK);
            l.setLinkName("busybox");
            tar.putArchiveEntry(l);
            tar.closeArchiveEntry();
        }
        file(tar, "etc/passwd", "root:x:0:0:root:/root:/bin/sh\nbuilder:x:1000:1000::/home/builder:/bin/sh\n");
        file(tar, "etc/group", "root:x:0:\nbuilder:x:1000:\n");
    }

    private static void file(TarArchiveOutputStream tar, String name, String content) throws IOException {
        byte[] b = content.getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry e = new TarArchiveEntry(name);
        e.setMode(0100644);
        e.setSize(b.length);
        tar.putArchiveEntry(e);
        tar.write(b);
        tar.closeArchiveEntry();
    }

    public static List<String> applets(Path busybox) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(busybox.toString(), "--list").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        List<String> names = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank() && !line.contains("/")) {
                names.add(line.strip());
            }
        }
        return names;
    }
}
