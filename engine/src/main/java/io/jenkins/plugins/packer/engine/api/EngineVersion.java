package io.jenkins.plugins.packer.engine.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Version of this engine and of the Packer release whose behaviour it follows.
 *
 * <p>Templates compare {@code packer { required_version = ... }} and {@code min_packer_version} against
 * {@link #packerCompatible()}, because that is the Packer behaviour users wrote them for.
 *
 * @param engine version of this engine build (the Maven project version)
 * @param packerCompatible the Packer version whose language and CLI this engine implements
 */
public record EngineVersion(String engine, String packerCompatible) {

    private static final EngineVersion CURRENT = load();

    /** The version of the engine on the class path. */
    public static EngineVersion current() {
        return CURRENT;
    }

    private static EngineVersion load() {
        Properties props = new Properties();
        try (InputStream in = EngineVersion.class.getResourceAsStream("engine.properties")) {
            if (in == null) {
                throw new IllegalStateException("engine.properties is missing from the engine jar");
            }
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read engine.properties", e);
        }
        return new EngineVersion(props.getProperty("engine.version"), props.getProperty("packer.compat.version"));
    }
}
