package io.jenkins.plugins.packer.engine.builder.docker;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.ResponseItem;
import io.jenkins.plugins.packer.engine.communicator.LineSink;
import java.util.Objects;

/**
 * Follows a pull or push: shows a line per status change of each layer (not every byte-count update), and keeps
 * the first error item the Engine sends ({@code errorDetail}), which {@link #await} throws.
 */
final class ProgressCallback<T extends ResponseItem> extends ResultCallback.Adapter<T> {

    private final LineSink progress;
    private final java.util.Map<String, String> lastStatus = new java.util.HashMap<>();
    private volatile String error;

    ProgressCallback(LineSink progress) {
        this.progress = progress;
    }

    @Override
    public void onNext(T item) {
        if (item.isErrorIndicated()) {
            if (error == null) {
                error = item.getErrorDetail() != null && item.getErrorDetail().getMessage() != null
                        ? item.getErrorDetail().getMessage() : item.getError();
            }
            return;
        }
        String status = item.getStatus();
        if (status == null || progress == null) {
            return;
        }
        String key = item.getId() == null ? "" : item.getId();
        synchronized (lastStatus) {
            if (Objects.equals(lastStatus.put(key, status), status)) {
                return;
            }
        }
        progress.line(item.getId() == null ? status : item.getId() + ": " + status);
    }

    /** Waits for the end of the stream; throws the Engine's error if it sent one. */
    void await() throws DockerException {
        try {
            awaitCompletion();
        } catch (InterruptedException e) {
            try {
                close();
            } catch (java.io.IOException ignored) {
                // stopping the stream
            }
            Thread.currentThread().interrupt();
            throw new DockerException("interrupted");
        } catch (RuntimeException e) {
            throw EngineErrors.convert(e);
        }
        if (error != null) {
            throw new DockerException(error);
        }
    }
}
