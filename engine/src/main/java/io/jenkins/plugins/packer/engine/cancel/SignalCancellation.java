package io.jenkins.plugins.packer.engine.cancel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Turns SIGINT and SIGTERM into a {@link CancelToken#cancel()}, as Packer's {@code handleTermInterrupt} does:
 * the first signal announces {@code Cancelling build after receiving interrupt} (or {@code terminated}, Go's
 * names for the two signals) and cancels, so running steps are interrupted and cleaned up; a second signal
 * kills the registered child processes and exits at once with status 128 + signal number, skipping cleanup.
 *
 * <p>Uses {@code sun.misc.Signal} (module {@code jdk.unsupported}, present in every OpenJDK and exported to
 * class-path code): the JDK has no supported API for handling signals, and replacing the default handler is
 * what keeps the JVM alive long enough to clean up. The handler replaces the JVM's default one (which would
 * run shutdown hooks and exit); {@link #close()} puts the previous handlers back.
 */
public final class SignalCancellation implements AutoCloseable {

    private static final String[] SIGNALS = {"INT", "TERM"};

    private final List<Signal> signals = new ArrayList<>();
    private final List<SignalHandler> previous = new ArrayList<>();
    private final AtomicInteger received = new AtomicInteger();

    private SignalCancellation() {
    }

    /**
     * Installs the handlers. {@code announce} receives the message for the first signal (give it the UI's
     * error output); {@code exit} is called with the exit status on the second signal (use
     * {@link #HALT}).
     */
    public static SignalCancellation install(CancelToken token, Consumer<String> announce, IntConsumer exit) {
        SignalCancellation installed = new SignalCancellation();
        for (String name : SIGNALS) {
            Signal signal = new Signal(name);
            SignalHandler old = Signal.handle(signal, s -> installed.onSignal(s, token, announce, exit));
            installed.signals.add(signal);
            installed.previous.add(old);
        }
        return installed;
    }

    /** Halts the JVM without running shutdown hooks: a forced exit. */
    public static final IntConsumer HALT = status -> Runtime.getRuntime().halt(status);

    /** Go's {@code os.Signal.String()} for the signals handled here. */
    static String goName(String signalName) {
        return switch (signalName) {
            case "INT" -> "interrupt";
            case "TERM" -> "terminated";
            default -> signalName;
        };
    }

    private void onSignal(Signal signal, CancelToken token, Consumer<String> announce, IntConsumer exit) {
        if (received.incrementAndGet() == 1) {
            announce.accept("Cancelling build after receiving " + goName(signal.getName()));
            token.cancel();
        } else {
            int status = 128 + signal.getNumber();
            if (exit == HALT) {
                haltOnExit(status);
            }
            token.destroyProcessesForcibly();
            exit.accept(status);
        }
    }

    /**
     * Killing the children wakes the threads waiting for them, which may reach {@link System#exit} before this
     * thread halts: a shutdown hook then halts with the forced exit's status instead.
     */
    private static void haltOnExit(int status) {
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> Runtime.getRuntime().halt(status), "forced exit"));
        } catch (IllegalStateException e) {
            // already shutting down: the halt that follows decides the status
        }
    }

    /** How many signals arrived so far. */
    public int signalsReceived() {
        return received.get();
    }

    @Override
    public void close() {
        for (int i = 0; i < signals.size(); i++) {
            Signal.handle(signals.get(i), previous.get(i));
        }
    }
}
