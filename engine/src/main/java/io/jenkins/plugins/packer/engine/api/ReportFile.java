package io.jenkins.plugins.packer.engine.api;

/**
 * A file of an artifact.
 *
 * @param path as the component names it (relative to the build's working directory when relative)
 * @param size in bytes; null when the file does not exist (e.g. a remote image id) or is a directory
 * @param sha256 lower-case hex SHA-256 of the content; null when {@code size} is null
 */
public record ReportFile(String path, Long size, String sha256) {
}
