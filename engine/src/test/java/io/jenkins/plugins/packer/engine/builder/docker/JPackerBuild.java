package io.jenkins.plugins.packer.engine.builder.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code bin/jpacker build} as a process (the {@code jpacker.bin} property, set by the build, else
 * {@code bin/jpacker}) on a template written to {@code t.pkr.hcl} in a directory, with {@code DOCKER_HOST}
 * pointing at the tests' private dockerd; its output goes to {@code out.log} there.
 */
final class JPackerBuild {

    record Result(int code, String out) {
    }

    private JPackerBuild() {
    }

    static Process start(Path dir, Dockerd dockerd, String template, String... args) throws IOException {
        Files.writeString(dir.resolve("t.pkr.hcl"), template);
        List<String> cmd = new ArrayList<>(List.of(System.getProperty("jpacker.bin", "bin/jpacker"), "build",
                "-color=false"));
        cmd.addAll(List.of(args));
        cmd.add("t.pkr.hcl");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.log").toFile());
        pb.environment().put("DOCKER_HOST", dockerd.host().toString());
        pb.environment().put("CHECKPOINT_DISABLE", "1");
        return pb.start();
    }

    /** Runs the build to its end (at most 5 minutes). */
    static Result run(Path dir, Dockerd dockerd, String template, String... args) throws Exception {
        Process p = start(dir, dockerd, template, args);
        boolean done = p.waitFor(5, TimeUnit.MINUTES);
        if (!done) {
            p.destroyForcibly();
        }
        String out = Files.readString(dir.resolve("out.log"));
        assertThat(done).as(out).isTrue();
        return new Result(p.exitValue(), out);
    }
}
