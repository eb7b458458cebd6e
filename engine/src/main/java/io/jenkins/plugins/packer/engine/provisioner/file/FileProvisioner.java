package io.jenkins.plugins.packer.engine.provisioner.file;

import io.jenkins.plugins.packer.engine.build.BuildContext;
import io.jenkins.plugins.packer.engine.cancel.CancelledException;
import io.jenkins.plugins.packer.engine.cancel.Registration;
import io.jenkins.plugins.packer.engine.communicator.Communicator;
import io.jenkins.plugins.packer.engine.component.BuildInfo;
import io.jenkins.plugins.packer.engine.component.Placeholders;
import io.jenkins.plugins.packer.engine.component.ProvisionTarget;
import io.jenkins.plugins.packer.engine.component.Provisioner;
import io.jenkins.plugins.packer.engine.gotemplate.GoTemplateException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Packer's {@code file} provisioner. Upload: "Uploading SRC => DST" per source; a directory goes through
 * {@link Communicator#uploadDir} (trailing-slash rule there), a file to DST or, when DST ends in {@code /}, to
 * DST plus its name; {@code content} is written to a temporary {@code pkr-file-content*} file first. Download:
 * "Downloading SRC => DST"; a source ending in {@code /} is a directory, a DST ending in {@code /} receives
 * the source's name, the local parent directories are created. Transfers are streamed with a progress bar;
 * the build's cancellation closes the connection's transfer at once.
 */
public final class FileProvisioner implements Provisioner {

    private final FileProvisionerConfig config;

    public FileProvisioner(FileProvisionerConfig config) {
        this.config = config;
    }

    @Override
    public void provision(BuildContext ctx, BuildInfo info, ProvisionTarget target) throws Exception {
        Map<String, Object> data = new HashMap<>(target.completeData(info.runUuid()));
        String dst = render("destination", config.destination(), data, info);
        Communicator comm = target.communicator();
        try (Registration r = ctx.cancel().interruptOnCancel(Thread.currentThread())) {
            if (config.download()) {
                for (String src : config.allSources()) {
                    download(ctx, comm, render("source", src, data, info), dst);
                }
            } else {
                upload(ctx, comm, data, info, dst);
            }
        } catch (IOException e) {
            if (ctx.cancel().isCancelled()) {
                throw new CancelledException();
            }
            throw e;
        } finally {
            if (ctx.cancel().isCancelled()) {
                Thread.interrupted();
            }
        }
    }

    private void upload(BuildContext ctx, Communicator comm, Map<String, Object> data, BuildInfo info, String dst)
            throws IOException, GoTemplateException {
        List<String> sources = config.allSources();
        Path content = null;
        try {
            if (config.content() != null && !config.content().isEmpty()) {
                content = Files.createTempFile("pkr-file-content", "");
                Files.writeString(content, config.content(), StandardCharsets.UTF_8);
                sources = List.of(content.toString());
            }
            for (String raw : sources) {
                String src = render("source", raw, data, info);
                ctx.ui().say("Uploading " + src + " => " + dst);
                Path local = ctx.workingDir().resolve(src);
                if (!Files.exists(local)) {
                    throw new IOException("stat " + src + ": no such file or directory");
                }
                if (Files.isDirectory(local)) {
                    String dir = src.endsWith("/") ? local + "/" : local.toString();
                    try (ProgressBridge progress = new ProgressBridge(ctx.ui().progress(local.getFileName()
                            .toString(), -1))) {
                        comm.uploadDir(dst, dir, List.of(), progress);
                    } catch (IOException e) {
                        ctx.ui().error("Upload failed: " + e.getMessage());
                        throw e;
                    }
                    continue;
                }
                String fileDst = dst.endsWith("/") ? dst + local.getFileName() : dst;
                try (ProgressBridge progress = new ProgressBridge(ctx.ui().progress(local.getFileName().toString(),
                        Files.size(local)))) {
                    comm.upload(fileDst, local, progress);
                } catch (IOException e) {
                    ctx.ui().error("Upload failed: " + e.getMessage());
                    throw e;
                }
            }
        } finally {
            if (content != null) {
                Files.deleteIfExists(content);
            }
        }
    }

    private static void download(BuildContext ctx, Communicator comm, String src, String dst) throws IOException {
        ctx.ui().say("Downloading " + src + " => " + dst);
        String target = dst;
        String dir;
        if (!dst.endsWith("/")) {
            Path parent = Path.of(dst).getParent();
            dir = parent == null ? "" : parent.toString();
        } else {
            dir = dst;
            if (!src.endsWith("/") && !src.endsWith("*")) {
                target = dst + Path.of(src).getFileName();
            }
        }
        if (!dir.isEmpty()) {
            Files.createDirectories(ctx.workingDir().resolve(dir));
        }
        Path local = ctx.workingDir().resolve(target);
        if (src.endsWith("/") || src.chars().anyMatch(c -> c == '*' || c == '?' || c == '[')) {
            if (src.chars().anyMatch(c -> c == '*' || c == '?' || c == '[')) {
                throw new IOException("cannot download " + src + ": wildcards in download sources are not supported "
                        + "by this engine; download the directory (with a trailing /) instead");
            }
            try (ProgressBridge progress = new ProgressBridge(ctx.ui().progress(src, -1))) {
                comm.downloadDir(src, local, List.of(), progress);
            }
            return;
        }
        try (OutputStream out = Files.newOutputStream(local);
             ProgressBridge progress = new ProgressBridge(ctx.ui().progress(Path.of(src).getFileName().toString(),
                     -1))) {
            comm.download(src, out, progress);
        } catch (IOException e) {
            ctx.ui().error("Download failed: " + e.getMessage());
            throw e;
        }
    }

    private static String render(String what, String text, Map<String, Object> data, BuildInfo info)
            throws IOException {
        try {
            return Placeholders.render(text, data, info);
        } catch (GoTemplateException e) {
            throw new IOException("Error interpolating " + what + ": " + e.getMessage(), e);
        }
    }
}
