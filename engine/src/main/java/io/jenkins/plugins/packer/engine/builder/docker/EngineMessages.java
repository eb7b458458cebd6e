package io.jenkins.plugins.packer.engine.builder.docker;

import io.jenkins.plugins.packer.engine.communicator.LineSink;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Follows the Engine's JSON message stream of a pull, push or import: a line per status change of each layer
 * (not every byte-count update) goes to the progress sink, the first {@code error} ends the stream as a
 * {@link DockerException}, and the last {@code status} is returned (an import's image id).
 */
final class EngineMessages {

    private EngineMessages() {
    }

    /**
     * Reads {@code messages} to their end.
     *
     * @param progress null for none
     * @return the last status reported, stripped; empty if none
     */
    static String follow(InputStream messages, LineSink progress) throws IOException {
        EngineJson.Reader reader = new EngineJson.Reader(messages);
        Map<String, String> lastStatus = new HashMap<>();
        String last = "";
        for (Object m = reader.next(); m != EngineJson.END; m = reader.next()) {
            if (EngineJson.at(m, "error") != null) {
                String detail = EngineJson.text(m, "errorDetail", "message");
                throw new DockerException(detail.isEmpty() ? EngineJson.text(m, "error") : detail);
            }
            String status = EngineJson.text(m, "status");
            if (status.isEmpty()) {
                continue;
            }
            last = status.strip();
            String id = EngineJson.text(m, "id");
            if (progress != null && !Objects.equals(lastStatus.put(id, status), status)) {
                progress.line(id.isEmpty() ? status : id + ": " + status);
            }
        }
        return last;
    }
}
