package io.jenkins.plugins.packer.engine.ui;

import io.jenkins.plugins.packer.engine.log.DebugLog;
import io.jenkins.plugins.packer.engine.secret.SecretMasker;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The human-readable output sink (Packer's {@code BasicUi}): each say, message and error is written as it is
 * plus a newline, masked with the run's {@link SecretMasker} and echoed to the debug log ({@code ui: ...},
 * {@code ui error: ...}). As in the real Packer CLI, errors go to standard output too unless a separate error
 * stream is given. Machine-readable records only go to the debug log.
 *
 * <p>Questions need a {@link Terminal}; without one {@link #ask} returns empty, as Packer's fails with
 * "no available tty". Progress is a live line redrawn on a terminal, else a line every
 * {@link #PERIODIC_PROGRESS} (10 s). Thread-safe: lines of parallel builds never interleave.
 */
public final class BasicUi implements Ui {

    /** How often a transfer's progress is printed as a line when no terminal is attached. */
    public static final Duration PERIODIC_PROGRESS = Duration.ofSeconds(10);
    private static final Duration TERMINAL_REFRESH = Duration.ofMillis(200);

    private final PrintStream out;
    private final PrintStream err;
    private final Terminal terminal;
    private final SecretMasker masker;
    private final DebugLog log;
    private final LongSupplier nanoClock;
    private final Duration periodicProgress;
    private boolean barOnScreen;

    private BasicUi(PrintStream out, PrintStream err, Terminal terminal, SecretMasker masker, DebugLog log,
                    LongSupplier nanoClock, Duration periodicProgress) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
        this.masker = masker;
        this.log = log;
        this.nanoClock = nanoClock;
        this.periodicProgress = periodicProgress;
    }

    /** Output to {@code out} (errors too), no terminal, nothing masked, no debug log. */
    public static BasicUi to(PrintStream out) {
        return new BasicUi(out, out, null, SecretMasker.empty(), DebugLog.disabled(), System::nanoTime,
                PERIODIC_PROGRESS);
    }

    public BasicUi withErrors(PrintStream errorStream) {
        return new BasicUi(out, errorStream, terminal, masker, log, nanoClock, periodicProgress);
    }

    public BasicUi withTerminal(Optional<Terminal> term) {
        return new BasicUi(out, err, term.orElse(null), masker, log, nanoClock, periodicProgress);
    }

    public BasicUi withMasker(SecretMasker runMasker) {
        return new BasicUi(out, err, terminal, runMasker, log, nanoClock, periodicProgress);
    }

    public BasicUi withLog(DebugLog debugLog) {
        return new BasicUi(out, err, terminal, masker, debugLog, nanoClock, periodicProgress);
    }

    /** For tests: the clock progress reads and how often it prints without a terminal. */
    public BasicUi withProgressClock(LongSupplier nanos, Duration periodic) {
        return new BasicUi(out, err, terminal, masker, log, nanos, periodic);
    }

    @Override
    public void say(String message) {
        write(out, "ui: ", message);
    }

    @Override
    public void message(String message) {
        write(out, "ui: ", message);
    }

    @Override
    public void error(String message) {
        write(err, "ui error: ", message);
    }

    @Override
    public void machine(String target, String type, List<String> data) {
        String category = target.isEmpty() ? type : target + "," + type;
        log.log("machine readable: " + masker.mask(category) + " " + GoSyntax.stringSlice(
                data.stream().map(masker::mask).toList()));
    }

    @Override
    public Optional<String> ask(String query) {
        if (terminal == null) {
            log.log("ui: ask: no available tty: " + masker.mask(query));
            return Optional.empty();
        }
        synchronized (this) {
            endBar();
            log.log("ui: ask: " + masker.mask(query));
            if (!query.isEmpty()) {
                out.print(masker.mask(query) + " ");
                out.flush();
            }
        }
        try {
            return terminal.readLine().map(String::strip);
        } catch (IOException e) {
            log.log("ui: scan err: " + e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public boolean interactive() {
        return terminal != null;
    }

    @Override
    public Progress progress(String label, long totalBytes) {
        String masked = masker.mask(label);
        if (terminal != null) {
            return new ProgressLine(masked, totalBytes, TERMINAL_REFRESH.toNanos(), nanoClock,
                    this::drawBar, text -> {
                        drawBar(text);
                        synchronized (this) {
                            endBar();
                        }
                    });
        }
        return new ProgressLine(masked, totalBytes, periodicProgress.toNanos(), nanoClock,
                this::message, this::message);
    }

    private synchronized void write(PrintStream stream, String logPrefix, String message) {
        String masked = masker.mask(message);
        endBar();
        log.log(logPrefix + masked);
        stream.print(masked + "\n");
        stream.flush();
    }

    private synchronized void drawBar(String text) {
        out.print("\r" + text + "\033[K");
        out.flush();
        barOnScreen = true;
    }

    private void endBar() {
        if (barOnScreen) {
            out.print("\n");
            barOnScreen = false;
        }
    }
}
