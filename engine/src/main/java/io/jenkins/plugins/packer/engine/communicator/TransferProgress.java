package io.jenkins.plugins.packer.engine.communicator;

/**
 * Progress of a file transfer, called from the transferring thread after each chunk and once at the end of
 * each file. Implementations must be cheap or throttle themselves.
 */
@FunctionalInterface
public interface TransferProgress {

    /** A callback that ignores everything. */
    TransferProgress NONE = (path, transferred, total) -> { };

    /**
     * @param path        the remote path of the file being transferred
     * @param transferred bytes of this file transferred so far
     * @param total       the file's size, or -1 if unknown
     */
    void progress(String path, long transferred, long total);
}
