package io.jenkins.plugins.packer.engine.config;

import java.util.Set;

/**
 * The result of decoding a configuration: the record (null when errors prevented building it), the fields
 * whose values are not known yet (they depend on build-time values such as {@code build.ID}; the record
 * holds their default), and the secret strings found in sensitive values, to be masked by the build.
 *
 * @param <R> the configuration record
 */
public record Decoded<R extends Record>(R config, Set<String> unknownFields, Set<String> secrets) {

    public Decoded {
        unknownFields = Set.copyOf(unknownFields);
        secrets = Set.copyOf(secrets);
    }
}
