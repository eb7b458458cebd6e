package io.jenkins.plugins.packer.engine.builder.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns docker-java's exceptions and the Engine's JSON error bodies into {@link DockerException}s. */
final class EngineErrors {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern STATUS = Pattern.compile("^Status (\\d+): (.*)$", Pattern.DOTALL);

    private EngineErrors() {
    }

    /** The user-facing form of a docker-java (runtime) exception. */
    static DockerException convert(RuntimeException e) {
        if (e instanceof com.github.dockerjava.api.exception.DockerException de) {
            return new DockerException(message(de.getMessage()), de.getHttpStatus(), e);
        }
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String text = cause.getMessage() != null ? cause.getMessage() : cause.toString();
        return new DockerException(text, 0, e);
    }

    /** The Engine's {@code message} out of docker-java's {@code Status 404: {"message":"..."}} text. */
    static String message(String text) {
        if (text == null) {
            return "unknown Docker Engine error";
        }
        String body = text.strip();
        Matcher m = STATUS.matcher(body);
        if (m.matches()) {
            body = m.group(2).strip();
        }
        return bodyMessage(body);
    }

    /** The {@code message} of an Engine JSON error body, or the body itself. */
    static String bodyMessage(String body) {
        if (body.startsWith("{")) {
            try {
                JsonNode n = JSON.readTree(body);
                if (n.hasNonNull("message")) {
                    return n.get("message").asText();
                }
            } catch (IOException ignored) {
                // not JSON after all: keep the text
            }
        }
        return body;
    }
}
