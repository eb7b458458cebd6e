package io.jenkins.plugins.packer.engine.log;

import io.jenkins.plugins.packer.engine.secret.SecretMasker;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Packer's detailed log ({@code PACKER_LOG}, {@code PACKER_LOG_PATH}): lines in Go's {@code log} format,
 * {@code 2026/05/08 20:43:45 [INFO] message}, local time. Every line goes through a {@link SecretMasker};
 * {@link #masked} gives a build its own view with that build's masker over the same sink.
 *
 * <p>Thread-safe: lines from parallel builds never interleave.
 */
public final class DebugLog {

    private static final DateTimeFormatter GO_LOG_TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss ");
    // UTC: a disabled log never tells the time, and the local zone's rules cost a class-path-wide service lookup
    private static final DebugLog DISABLED = new DebugLog(null, SecretMasker.empty(), Clock.systemUTC());

    private final Sink sink;
    private final SecretMasker masker;
    private final Clock clock;

    private DebugLog(Sink sink, SecretMasker masker, Clock clock) {
        this.sink = sink;
        this.masker = masker;
        this.clock = clock;
    }

    /** A log that drops everything. */
    public static DebugLog disabled() {
        return DISABLED;
    }

    /** A log writing to {@code out} (which the log does not close). */
    public static DebugLog to(OutputStream out, SecretMasker masker, Clock clock) {
        return new DebugLog(new Sink(new PrintStream(out, true, StandardCharsets.UTF_8)), masker, clock);
    }

    /**
     * As Packer decides: enabled when {@code PACKER_LOG} is set to anything but empty or {@code 0}; written to
     * the file {@code PACKER_LOG_PATH} (appended) when that is set, else to {@code stderr}.
     */
    public static DebugLog fromEnvironment(Map<String, String> env, PrintStream stderr, SecretMasker masker)
            throws IOException {
        String enabled = env.getOrDefault("PACKER_LOG", "");
        if (enabled.isEmpty() || enabled.equals("0")) {
            return DISABLED;
        }
        String path = env.getOrDefault("PACKER_LOG_PATH", "");
        OutputStream out = path.isEmpty() ? stderr : Files.newOutputStream(Path.of(path),
                StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        return to(out, masker, Clock.systemDefaultZone());
    }

    /** The same sink, masking with {@code buildMasker} (which should include this log's secrets). */
    public DebugLog masked(SecretMasker buildMasker) {
        return sink == null ? this : new DebugLog(sink, buildMasker, clock);
    }

    public boolean isEnabled() {
        return sink != null;
    }

    /** Logs one entry, e.g. {@code log("[INFO] Starting build run: x")}. */
    public void log(String message) {
        if (sink == null) {
            return;
        }
        String time = LocalDateTime.now(clock).format(GO_LOG_TIME);
        String masked = masker.mask(message);
        sink.write(time + masked + (masked.endsWith("\n") ? "" : "\n"));
    }

    /** {@code String.format} then {@link #log(String)}; skipped cheaply when disabled. */
    public void logf(String format, Object... args) {
        if (sink != null) {
            log(String.format(format, args));
        }
    }

    private static final class Sink {
        private final PrintStream out;

        Sink(PrintStream out) {
            this.out = out;
        }

        synchronized void write(String text) {
            out.print(text);
            out.flush();
        }
    }
}
