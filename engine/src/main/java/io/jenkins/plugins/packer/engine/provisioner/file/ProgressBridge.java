package io.jenkins.plugins.packer.engine.provisioner.file;

import io.jenkins.plugins.packer.engine.communicator.TransferProgress;
import io.jenkins.plugins.packer.engine.ui.Progress;

/**
 * Feeds a communicator's per-file progress (bytes of the current file so far) into one UI progress bar for the
 * whole transfer, which may span many files.
 */
final class ProgressBridge implements TransferProgress, AutoCloseable {

    private final Progress progress;
    private String file;
    private long seen;

    ProgressBridge(Progress progress) {
        this.progress = progress;
    }

    @Override
    public synchronized void progress(String path, long transferred, long total) {
        if (!path.equals(file)) {
            file = path;
            seen = 0;
        }
        if (transferred > seen) {
            progress.advance(transferred - seen);
            seen = transferred;
        }
    }

    @Override
    public void close() {
        progress.close();
    }
}
