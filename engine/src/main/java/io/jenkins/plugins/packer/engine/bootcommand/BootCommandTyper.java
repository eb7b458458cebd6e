package io.jenkins.plugins.packer.engine.bootcommand;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * Types parsed boot command actions as Packer's VNC driver does: every key event is followed by the key
 * interval ({@code boot_key_interval}, else {@code PACKER_KEY_INTERVAL}, else 100ms); upper-case letters and
 * shifted symbols are wrapped in Left Shift down/up; {@code <xOn>}/{@code <xOff>} send only the down or the up
 * event; waits sleep. Blocking calls are interruptible, so a cancelled build stops typing at once.
 */
public final class BootCommandTyper {

    /** Packer's {@code PACKER_KEY_INTERVAL} environment variable. */
    public static final String KEY_INTERVAL_ENV = "PACKER_KEY_INTERVAL";

    /** Packer's default interval between key events. */
    public static final Duration DEFAULT_KEY_INTERVAL = Duration.ofMillis(100);

    /** How the typer pauses; tests record the pauses instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    /** A sleeper that really sleeps (interruptibly); non-positive durations return at once. */
    public static final Sleeper REAL_SLEEP = d -> {
        if (!d.isZero() && !d.isNegative()) {
            Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
        }
    };

    private final KeyEventSink sink;
    private final Duration interval;
    private final Sleeper sleeper;

    public BootCommandTyper(KeyEventSink sink, Duration interval, Sleeper sleeper) {
        this.sink = sink;
        this.interval = interval;
        this.sleeper = sleeper;
    }

    /** A typer that really sleeps. */
    public static BootCommandTyper sleeping(KeyEventSink sink, Duration interval) {
        return new BootCommandTyper(sink, interval, REAL_SLEEP);
    }

    /**
     * The key interval Packer uses: {@code configured} when positive, else a valid {@code PACKER_KEY_INTERVAL}
     * (a Go duration), else {@link #DEFAULT_KEY_INTERVAL}.
     */
    public static Duration keyInterval(Duration configured, String environmentValue) {
        if (configured != null && !configured.isZero() && !configured.isNegative()) {
            return configured;
        }
        if (environmentValue != null) {
            try {
                return io.jenkins.plugins.packer.engine.config.GoDuration.parse(environmentValue);
            } catch (IllegalArgumentException e) {
                // Packer ignores an unparsable value
            }
        }
        return DEFAULT_KEY_INTERVAL;
    }

    /**
     * Types {@code actions}.
     *
     * @throws IOException when the connection fails or a special key has no keysym ("special leftmeta not
     *     found.")
     */
    public void type(List<BootAction> actions) throws IOException, InterruptedException {
        for (BootAction a : actions) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException();
            }
            if (a instanceof BootAction.Wait w) {
                sleeper.sleep(w.duration());
            } else if (a instanceof BootAction.Key k) {
                key(k);
            } else if (a instanceof BootAction.Special s) {
                special(s);
            }
        }
    }

    private void key(BootAction.Key k) throws IOException, InterruptedException {
        boolean shift = VncKeys.needsShift(k.codePoint());
        int sym = VncKeys.keysym(k.codePoint());
        switch (k.action()) {
            case ON -> {
                if (shift) {
                    event(VncKeys.LEFT_SHIFT, true);
                }
                event(sym, true);
            }
            case OFF -> {
                event(sym, false);
                if (shift) {
                    event(VncKeys.LEFT_SHIFT, false);
                }
            }
            case PRESS -> {
                if (shift) {
                    event(VncKeys.LEFT_SHIFT, true);
                }
                event(sym, true);
                event(sym, false);
                if (shift) {
                    event(VncKeys.LEFT_SHIFT, false);
                }
            }
        }
    }

    private void special(BootAction.Special s) throws IOException, InterruptedException {
        int sym = VncKeys.special(s.name()).orElseThrow(() -> new IOException("special " + s.name() + " not found."));
        switch (s.action()) {
            case ON -> event(sym, true);
            case OFF -> event(sym, false);
            case PRESS -> {
                event(sym, true);
                event(sym, false);
            }
        }
    }

    private void event(int keysym, boolean down) throws IOException, InterruptedException {
        sink.keyEvent(keysym, down);
        sleeper.sleep(interval);
    }
}
