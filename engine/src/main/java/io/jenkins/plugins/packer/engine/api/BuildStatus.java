package io.jenkins.plugins.packer.engine.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a build (or a step, or the whole run) ended; {@code success}, {@code failed}, {@code cancelled} in JSON. */
public enum BuildStatus {
    @JsonProperty("success") SUCCESS,
    @JsonProperty("failed") FAILED,
    @JsonProperty("cancelled") CANCELLED
}
