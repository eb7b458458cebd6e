package io.jenkins.plugins.packer.engine.cancel;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * An in-process cancellation signal (Go's {@code context.Context} cancel, as Packer passes it to every build).
 *
 * <p>Code that blocks registers what would unblock it: a child {@link Process} to kill ({@link #destroyOnCancel}),
 * a socket or stream to close ({@link #closeOnCancel}), a thread to interrupt ({@link #interruptOnCancel}).
 * {@link #cancel()} runs those actions at once, most recent first, so a step blocked in
 * {@code Process.waitFor()} or a socket read returns promptly. Registering after cancellation runs the action
 * immediately. A {@linkplain #child() child} token is cancelled with its parent but can be cancelled alone.
 */
public final class CancelToken {

    /** Time a killed process gets between SIGTERM and SIGKILL. */
    public static final Duration KILL_GRACE = Duration.ofSeconds(2);

    private final Object lock = new Object();
    private final List<Runnable> actions = new ArrayList<>();
    private final Set<Process> processes = new LinkedHashSet<>();
    private final List<CancelToken> children = new ArrayList<>();
    private final CountDownLatch cancelledLatch = new CountDownLatch(1);
    private volatile boolean cancelled;
    private Consumer<Throwable> actionFailureHandler = t -> { };

    private CancelToken() {
    }

    /** A new, not yet cancelled token. */
    public static CancelToken create() {
        return new CancelToken();
    }

    /** A token cancelled whenever this one is (and which may be cancelled on its own). */
    public CancelToken child() {
        CancelToken child = new CancelToken();
        child.actionFailureHandler = actionFailureHandler;
        synchronized (lock) {
            children.add(child);
        }
        onCancel(child::cancel);
        return child;
    }

    /** Where failures of cancel actions are reported (default: ignored); e.g. the debug log. */
    public void onActionFailure(Consumer<Throwable> handler) {
        this.actionFailureHandler = handler;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Throws {@link CancelledException} once this token is cancelled. */
    public void throwIfCancelled() {
        if (cancelled) {
            throw new CancelledException();
        }
    }

    /** Waits up to {@code timeout} for cancellation; true if cancelled. An interruptible, cancellable sleep. */
    public boolean await(Duration timeout) throws InterruptedException {
        return cancelledLatch.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Cancels: runs every registered action once (most recent first). Idempotent. */
    public void cancel() {
        List<Runnable> toRun;
        synchronized (lock) {
            if (cancelled) {
                return;
            }
            cancelled = true;
            toRun = new ArrayList<>(actions);
            actions.clear();
        }
        cancelledLatch.countDown();
        Collections.reverse(toRun);
        for (Runnable action : toRun) {
            runQuietly(action);
        }
    }

    /** Runs {@code action} on cancellation (immediately if already cancelled). */
    public Registration onCancel(Runnable action) {
        synchronized (lock) {
            if (!cancelled) {
                actions.add(action);
                return () -> {
                    synchronized (lock) {
                        actions.remove(action);
                    }
                };
            }
        }
        runQuietly(action);
        return Registration.NONE;
    }

    /**
     * Interrupts {@code thread} on cancellation. Once the returned registration is closed no interrupt is
     * delivered any more; the caller should then clear a possibly delivered one with {@link Thread#interrupted()}.
     */
    public Registration interruptOnCancel(Thread thread) {
        Object guard = new Object();
        boolean[] active = {true};
        Registration r = onCancel(() -> {
            synchronized (guard) {
                if (active[0]) {
                    thread.interrupt();
                }
            }
        });
        return () -> {
            synchronized (guard) {
                active[0] = false;
            }
            r.close();
        };
    }

    /** Closes {@code resource} on cancellation: unblocks a thread reading a socket or a pipe. */
    public Registration closeOnCancel(Closeable resource) {
        return onCancel(() -> {
            try {
                resource.close();
            } catch (IOException e) {
                actionFailureHandler.accept(e);
            }
        });
    }

    /**
     * On cancellation sends SIGTERM to {@code process} and its descendants, and SIGKILL to whatever is still
     * alive {@link #KILL_GRACE} later.
     */
    public Registration destroyOnCancel(Process process) {
        synchronized (lock) {
            processes.add(process);
        }
        Registration r = onCancel(() -> destroyTree(process));
        return () -> {
            synchronized (lock) {
                processes.remove(process);
            }
            r.close();
        };
    }

    /**
     * Registers a process only for a forced exit ({@link #destroyProcessesForcibly()}), not for cancellation:
     * for processes a cleanup starts after the token was cancelled (deleting a VM, removing a container), which
     * must run to completion unless the user insists with a second signal.
     */
    public Registration killOnForcedExit(Process process) {
        synchronized (lock) {
            processes.add(process);
        }
        return () -> {
            synchronized (lock) {
                processes.remove(process);
            }
        };
    }

    /** Kills (SIGKILL) every registered process of this token and its children now; for a forced exit. */
    public void destroyProcessesForcibly() {
        List<Process> procs;
        List<CancelToken> kids;
        synchronized (lock) {
            procs = new ArrayList<>(processes);
            kids = new ArrayList<>(children);
        }
        for (Process p : procs) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        kids.forEach(CancelToken::destroyProcessesForcibly);
    }

    private static void destroyTree(Process process) {
        List<ProcessHandle> descendants = process.descendants().toList();
        descendants.forEach(ProcessHandle::destroy);
        process.destroy();
        CompletableFuture.runAsync(() -> {
            descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
            if (process.isAlive()) {
                process.destroyForcibly();
            }
        }, CompletableFuture.delayedExecutor(KILL_GRACE.toMillis(), TimeUnit.MILLISECONDS));
    }

    private void runQuietly(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            actionFailureHandler.accept(e);
        }
    }
}
