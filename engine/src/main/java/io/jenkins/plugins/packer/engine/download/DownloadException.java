package io.jenkins.plugins.packer.engine.download;

import java.io.IOException;

/** A download or checksum failure, with a message for the user. */
public class DownloadException extends IOException {

    private static final long serialVersionUID = 1L;

    public DownloadException(String message) {
        super(message);
    }

    public DownloadException(String message, Throwable cause) {
        super(message, cause);
    }
}
