package io.jenkins.plugins.packer.run;

import io.jenkins.plugins.packer.engine.api.EngineVersion;
import io.jenkins.plugins.packer.launch.EngineClasspath;
import io.jenkins.plugins.packer.launch.EngineCommand;
import io.jenkins.plugins.packer.launch.EngineStopper;
import io.jenkins.plugins.packer.launch.PrivateFiles;
import io.jenkins.plugins.packer.report.ArchivePlan;
import io.jenkins.plugins.packer.workspace.TemplateDigest;
import io.jenkins.plugins.packer.workspace.WorkspacePaths;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * {@link EngineAgent} on this machine, for the end-to-end test: the same plain classes the Jenkins callables run on
 * an agent ({@link WorkspacePaths}, {@link TemplateDigest}, {@link PrivateFiles}, {@link EngineStopper},
 * {@link EngineClasspath}), with {@link ProcessBuilder} in place of Jenkins' launcher and a map in place of the
 * artifact manager.
 */
final class LocalEngineAgent implements EngineAgent {

    final Path workspace;
    final Map<String, Path> archived = new LinkedHashMap<>();
    final List<String> launched = new ArrayList<>();

    LocalEngineAgent(Path workspace) {
        this.workspace = workspace;
    }

    /** {@code <workspace>@tmp}, where Jenkins puts a build's temporary files. */
    Path tmp() {
        return workspace.resolveSibling(workspace.getFileName() + "@tmp");
    }

    @Override
    public String name() {
        return "local-test-agent";
    }

    @Override
    public String workspace() {
        return workspace.toString();
    }

    @Override
    public String pathSeparator() {
        return File.pathSeparator;
    }

    @Override
    public String child(String dir, String name) {
        return Path.of(dir, name).toString();
    }

    @Override
    public void checkInside(String relative, String what) throws IOException {
        WorkspacePaths.resolveInside(workspace, relative, what);
    }

    @Override
    public String templateSha256(String template) throws IOException {
        return TemplateDigest.sha256(WorkspacePaths.resolveInside(workspace, template, "template"));
    }

    @Override
    public String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** As on a Jenkins agent: the engine jar plus its manifest class path, Jackson found where the plugin gets it. */
    @Override
    public List<String> engineClasspath() throws IOException {
        Path engine = EngineClasspath.locate(List.of(EngineVersion.class)).get(0);
        List<Path> elsewhere = EngineClasspath.locate(List.of(picocli.CommandLine.class,
                com.fasterxml.jackson.databind.ObjectMapper.class, com.fasterxml.jackson.core.JsonFactory.class,
                com.fasterxml.jackson.annotation.JsonProperty.class,
                // the engine's other libraries, which the .hpi bundles next to the engine jar
                org.apache.commons.compress.archivers.tar.TarArchiveOutputStream.class,
                org.tukaani.xz.XZOutputStream.class, org.apache.commons.io.IOUtils.class,
                org.apache.commons.codec.binary.Hex.class, org.apache.commons.lang3.StringUtils.class,
                org.snakeyaml.engine.v2.api.Load.class, at.favre.lib.crypto.bcrypt.BCrypt.class,
                at.favre.lib.bytes.Bytes.class));
        List<Path> jars = Files.isDirectory(engine) ? prepend(engine, elsewhere)
                : EngineClasspath.fromManifest(engine, elsewhere);
        return jars.stream().map(Path::toString).toList();
    }

    private static List<Path> prepend(Path first, List<Path> rest) {
        List<Path> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    @Override
    public String createTempDir() throws IOException {
        return PrivateFiles.directory(tmp().resolve("packer-" + UUID.randomUUID())).toString();
    }

    @Override
    public String writePrivate(String dir, String prefix, String suffix, byte[] content) throws IOException {
        return PrivateFiles.write(Path.of(dir), prefix, suffix, content).toString();
    }

    @Override
    public int launch(EngineCommand command, String runToken, OutputStream out)
            throws IOException, InterruptedException {
        launched.add(command.display());
        ProcessBuilder pb = new ProcessBuilder(command.command()).directory(workspace.toFile())
                .redirectErrorStream(true);
        pb.environment().putAll(command.environment());
        Process p = pb.start();
        try (InputStream in = p.getInputStream()) {
            in.transferTo(out);
            return p.waitFor();
        } catch (InterruptedException aborted) {
            EngineStopper.stop(runToken, Duration.ofSeconds(10));
            p.destroyForcibly();
            throw aborted;
        } finally {
            out.flush();
        }
    }

    @Override
    public byte[] read(String path) throws IOException {
        Path p = Path.of(path);
        return Files.isRegularFile(p) ? Files.readAllBytes(p) : null;
    }

    @Override
    public void archive(ArchivePlan plan, String tempDir) {
        plan.fromWorkspace().forEach((to, from) -> archived.put(to, workspace.resolve(from)));
        plan.fromTemp().forEach((to, from) -> archived.put(to, Path.of(tempDir).resolve(from)));
    }

    @Override
    public void deleteQuietly(String dir) {
        try (Stream<Path> s = Files.walk(Path.of(dir))) {
            s.sorted(Comparator.reverseOrder()).forEach(PrivateFiles::deleteQuietly);
        } catch (IOException e) {
            // best effort, as in Jenkins
        }
    }
}
