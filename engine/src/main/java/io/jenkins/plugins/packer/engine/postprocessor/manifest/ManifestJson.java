package io.jenkins.plugins.packer.engine.postprocessor.manifest;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The package's one Jackson mapper, in its own class so that Jackson is loaded only when JSON is read (an
 * existing manifest, the host's custom data): its start-up costs a few hundred milliseconds.
 */
final class ManifestJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private ManifestJson() {
    }
}
