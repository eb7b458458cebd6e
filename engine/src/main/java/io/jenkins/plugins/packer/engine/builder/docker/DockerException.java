package io.jenkins.plugins.packer.engine.builder.docker;

import java.io.IOException;

/** A Docker Engine failure, with the Engine's own message (e.g. {@code No such image: busybox:latest}). */
public class DockerException extends IOException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public DockerException(String message, int status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public DockerException(String message) {
        this(message, 0, null);
    }

    /** The Engine API's HTTP status, or 0 when the failure was not an API response. */
    public int status() {
        return status;
    }

    /** True for 404: no such container or image. */
    public boolean notFound() {
        return status == 404;
    }
}
