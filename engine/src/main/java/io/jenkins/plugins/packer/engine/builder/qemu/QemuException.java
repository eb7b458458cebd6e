package io.jenkins.plugins.packer.engine.builder.qemu;

import java.io.IOException;

/** A QEMU tool that failed; the message carries its error output. */
public class QemuException extends IOException {

    private static final long serialVersionUID = 1L;

    public QemuException(String message) {
        super(message);
    }

    public QemuException(String message, Throwable cause) {
        super(message, cause);
    }
}
