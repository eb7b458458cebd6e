package io.jenkins.plugins.packer.engine.builder.qemu;

import io.jenkins.plugins.packer.engine.download.Downloader;
import io.jenkins.plugins.packer.engine.step.Step;
import io.jenkins.plugins.packer.engine.step.StepContext;
import java.nio.file.Path;
import java.util.List;

/**
 * Packer's {@code StepDownload} for the ISO or source disk image: local files are verified in place, URLs are
 * downloaded into the cache; a wrong checksum fails here, before anything is created or started.
 */
final class StepDownloadIso implements Step {

    private final Downloader downloader;
    private final List<String> urls;
    private final String checksum;
    private final String targetPath;
    private final String extension;

    StepDownloadIso(Downloader downloader, List<String> urls, String checksum, String targetPath, String extension) {
        this.downloader = downloader;
        this.urls = List.copyOf(urls);
        this.checksum = checksum;
        this.targetPath = targetPath;
        this.extension = extension;
    }

    @Override
    public void run(StepContext ctx) throws Exception {
        Path path = downloader.fetch(new Downloader.Request("ISO", urls, checksum, targetPath, extension), ctx.ui(),
                ctx.cancel(), ctx.log());
        ctx.state().put(QemuState.ISO_PATH, path);
    }

    @Override
    public String name() {
        return "StepDownload";
    }
}
