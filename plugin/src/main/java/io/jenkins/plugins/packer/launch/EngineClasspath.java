package io.jenkins.plugins.packer.launch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The jars the engine process needs, found on the controller where the plugin's class loader got them (the
 * engine and picocli bundled in the plugin, Jackson from the jackson2-api plugin), and the checksum under which
 * they are cached on agents.
 */
public final class EngineClasspath {

    private EngineClasspath() {
    }

    /**
     * Where each class was loaded from, without duplicates, in order.
     *
     * @throws IOException when a class has no file location (e.g. loaded from memory)
     */
    public static List<Path> locate(List<Class<?>> markers) throws IOException {
        Set<Path> paths = new LinkedHashSet<>();
        for (Class<?> c : markers) {
            CodeSource cs = c.getProtectionDomain().getCodeSource();
            if (cs == null || cs.getLocation() == null) {
                throw new IOException("cannot tell which jar " + c.getName() + " comes from");
            }
            try {
                paths.add(Path.of(cs.getLocation().toURI()));
            } catch (URISyntaxException | IllegalArgumentException e) {
                throw new IOException("cannot turn " + cs.getLocation() + " into a file path", e);
            }
        }
        return new ArrayList<>(paths);
    }

    /**
     * The engine jar followed by the jars its manifest's {@code Class-Path} names, each found where the entry
     * points ({@code lib/x.jar} beside a built engine), or next to the engine jar (where the plugin bundles them) or else among {@code elsewhere} by artifact name, ignoring the version
     * (libraries Jenkins provides through other plugins, such as Jackson from jackson2-api).
     *
     * @throws IOException when a listed jar is found nowhere
     */
    public static List<Path> fromManifest(Path engineJar, List<Path> elsewhere) throws IOException {
        List<Path> result = new ArrayList<>();
        result.add(engineJar);
        String classPath;
        try (JarFile jar = new JarFile(engineJar.toFile())) {
            Manifest mf = jar.getManifest();
            classPath = mf == null ? null : mf.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
        }
        if (classPath == null || classPath.isBlank()) {
            return result;
        }
        for (String entry : classPath.trim().split("\\s+")) {
            String name = entry.substring(entry.lastIndexOf('/') + 1);
            Path asListed = engineJar.resolveSibling(entry);
            if (Files.isRegularFile(asListed)) {
                result.add(asListed);
                continue;
            }
            Path beside = engineJar.resolveSibling(name);
            if (Files.isRegularFile(beside)) {
                result.add(beside);
                continue;
            }
            String artifact = artifactOf(name);
            Path match = elsewhere.stream().filter(p -> artifactOf(p.getFileName().toString()).equals(artifact))
                    .findFirst().orElseThrow(() -> new IOException("the engine needs " + name
                            + " but it is neither bundled nor provided by another plugin"));
            if (!result.contains(match)) {
                result.add(match);
            }
        }
        return result;
    }

    /** {@code jackson-databind-2.17.2.jar} to {@code jackson-databind}. */
    static String artifactOf(String jarName) {
        String n = jarName.endsWith(".jar") ? jarName.substring(0, jarName.length() - 4) : jarName;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("-\\d").matcher(n);
        return m.find() ? n.substring(0, m.start()) : n;
    }

    /** SHA-256 over the jars' file names and contents (directories are not cacheable: refused). */
    public static String sha256(List<Path> jars) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buf = new byte[64 * 1024];
        for (Path jar : jars) {
            if (!Files.isRegularFile(jar)) {
                throw new IOException(jar + " is not a jar file");
            }
            md.update(jar.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            md.update((byte) 0);
            try (InputStream in = Files.newInputStream(jar)) {
                for (int n; (n = in.read(buf)) > 0;) {
                    md.update(buf, 0, n);
                }
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** Name of the agent cache directory for jars with this checksum. */
    public static String cacheDirName(String sha256) {
        return "engine-" + sha256.substring(0, 32);
    }
}
