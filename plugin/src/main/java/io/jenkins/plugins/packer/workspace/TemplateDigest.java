package io.jenkins.plugins.packer.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * SHA-256 of the template set a build used, recorded on the build page so a later reader can tell whether two
 * builds ran the same templates. For a directory: the files Packer loads from it (top level only:
 * {@code *.pkr.hcl}, {@code *.pkr.json}, {@code *.auto.pkrvars.hcl}, {@code *.auto.pkrvars.json}), sorted by
 * name, each contributing its name and content; for a file: that file.
 */
public final class TemplateDigest {

    private TemplateDigest() {
    }

    /** The template files of {@code template} in the order they are hashed. */
    public static List<Path> files(Path template) throws IOException {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(template)) {
            try (Stream<Path> s = Files.list(template)) {
                s.filter(Files::isRegularFile).filter(p -> isTemplateFile(p.getFileName().toString()))
                        .sorted().forEach(files::add);
            }
        } else if (Files.isRegularFile(template)) {
            files.add(template);
        }
        return files;
    }

    static boolean isTemplateFile(String name) {
        return name.endsWith(".pkr.hcl") || name.endsWith(".pkr.json") || name.endsWith(".auto.pkrvars.hcl")
                || name.endsWith(".auto.pkrvars.json");
    }

    /** Lower-case hex SHA-256 over the template files (see class comment); the empty set hashes to that of nothing. */
    public static String sha256(Path template) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
        for (Path f : files(template)) {
            byte[] content = Files.readAllBytes(f);
            md.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(Long.toString(content.length).getBytes(StandardCharsets.US_ASCII));
            md.update((byte) 0);
            md.update(content);
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
