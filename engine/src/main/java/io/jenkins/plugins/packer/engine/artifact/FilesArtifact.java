package io.jenkins.plugins.packer.engine.artifact;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;

/**
 * An artifact made of local files by a post-processor (artifice, checksum): "Created artifact from files: A, B";
 * destroying it deletes the files (directories recursively, as Go's {@code os.RemoveAll}).
 */
public record FilesArtifact(String builderId, List<String> files, Path workingDir) implements Artifact {

    public FilesArtifact {
        files = List.copyOf(files);
    }

    @Override
    public String id() {
        return "";
    }

    @Override
    public String description() {
        return "Created artifact from files: " + String.join(", ", files);
    }

    @Override
    public Map<String, Object> state() {
        return Map.of();
    }

    @Override
    public void destroy() throws IOException {
        for (String f : files) {
            Path p = workingDir.resolve(f);
            if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                Files.walkFileTree(p, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                        Files.delete(file);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                        Files.delete(dir);
                        return FileVisitResult.CONTINUE;
                    }
                });
            } else {
                Files.deleteIfExists(p);
            }
        }
    }

    @Override
    public String toString() {
        return description();
    }
}
