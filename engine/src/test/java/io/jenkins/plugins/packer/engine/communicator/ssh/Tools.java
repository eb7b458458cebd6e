package io.jenkins.plugins.packer.engine.communicator.ssh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the real tools the SSH tests use (ssh-keygen, ip, openssl, scp) and fails loudly. */
public final class Tools {

    private Tools() {
    }

    /** Runs a command, returns its stdout; throws with its output if it fails or takes over 60 s. */
    public static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("timed out: " + String.join(" ", command));
        }
        String text = new String(out, StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " exited " + p.exitValue() + ": " + text);
        }
        return text;
    }

    /** Like {@link #run} but returns the exit code and ignores failures. */
    public static int status(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }

    /** Creates a client key with ssh-keygen; returns the private key path ({@code .pub} beside it). */
    public static Path clientKey(Path dir, String type) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path key = dir.resolve("client_" + type);
        if (!Files.exists(key)) {
            Tools.run("ssh-keygen", "-q", "-t", type, "-N", "", "-C", "client-" + type, "-f", key.toString());
        }
        return key;
    }

    public static String publicKey(Path privateKey) throws IOException {
        return Files.readString(Path.of(privateKey + ".pub")).trim();
    }

    /** The last 30 lines of a file, or a note that it is missing. */
    public static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no " + file + ")";
        }
    }
}
