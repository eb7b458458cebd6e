package io.jenkins.plugins.packer.engine.step;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.cancel.CancelToken;
import io.jenkins.plugins.packer.engine.cancel.CancelledException;
import io.jenkins.plugins.packer.engine.log.DebugLog;
import io.jenkins.plugins.packer.engine.testing.RecordingUi;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class StepRunnerTest {

    private final List<String> events = Collections.synchronizedList(new ArrayList<>());
    private final RecordingUi ui = new RecordingUi();
    private final CancelToken cancel = CancelToken.create();
    private final List<StepTiming> listened = Collections.synchronizedList(new ArrayList<>());
    private final StepContext ctx = new StepContext(ui, new StateBag(), cancel, DebugLog.disabled(), listened::add);

    /** A step that records its run and cleanup, and what the run looked like from its cleanup. */
    private class Recording implements Step {
        final String name;

        Recording(String name) {
            this.name = name;
        }

        @Override
        public void run(StepContext c) throws Exception {
            events.add("run " + name);
        }

        @Override
        public void cleanup(StepContext c) throws Exception {
            events.add("cleanup " + name + (c.halted() ? " halted" : "") + (c.cancelled() ? " cancelled" : ""));
        }

        @Override
        public String name() {
            return name;
        }
    }

    private Step failing(String name, String message) {
        return new Recording(name) {
            @Override
            public void run(StepContext c) {
                events.add("run " + name);
                throw new IllegalStateException(message);
            }
        };
    }

    @Test
    void runsStepsInOrderAndCleansUpInReverseOnSuccess() {
        StepRunResult result = new StepRunner(List.of(new Recording("A"), new Recording("B"), new Recording("C")))
                .run(ctx);

        assertThat(result.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(result.error()).isNull();
        assertThat(events).containsExactly("run A", "run B", "run C", "cleanup C", "cleanup B", "cleanup A");
        assertThat(result.timings()).extracting(t -> t.phase() + " " + t.step()).containsExactly(
                "RUN A", "RUN B", "RUN C", "CLEANUP C", "CLEANUP B", "CLEANUP A");
        assertThat(listened).isEqualTo(result.timings());
    }

    @Test
    void failingStepHaltsAndEveryStartedStepIsCleanedUpInReverse() {
        StepRunResult result = new StepRunner(List.of(new Recording("A"), failing("B", "disk full"),
                new Recording("C"))).run(ctx);

        assertThat(result.status()).isEqualTo(RunStatus.FAILED);
        assertThat(result.error()).hasMessage("disk full");
        assertThat(events).containsExactly("run A", "run B", "cleanup B halted", "cleanup A halted");
        assertThat(ctx.error()).containsSame(result.error());
        assertThat(result.timings().get(1)).satisfies(t -> {
            assertThat(t.status()).isEqualTo(RunStatus.FAILED);
            assertThat(t.error()).isEqualTo("disk full");
        });
        assertThat(ui.lines()).isEmpty(); // the step decides what to print; the runner records the error once
    }

    @Test
    void failingCleanupIsReportedAndTheOtherCleanupsStillRun() {
        Step badCleanup = new Recording("B") {
            @Override
            public void cleanup(StepContext c) {
                events.add("cleanup B");
                throw new IllegalStateException("could not delete vm");
            }
        };
        StepRunResult result = new StepRunner(List.of(new Recording("A"), badCleanup, new Recording("C"))).run(ctx);

        assertThat(result.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(events).containsExactly("run A", "run B", "run C", "cleanup C", "cleanup B", "cleanup A");
        assertThat(result.cleanupFailures()).singleElement()
                .satisfies(f -> assertThat(f.step()).isEqualTo("B"));
        assertThat(ui.lines()).containsExactly("error: Error cleaning up step \"B\": could not delete vm");
    }

    @Test
    void errorThrownByAStepStillRunsCleanupsAndPropagates() {
        Step oom = new Recording("B") {
            @Override
            public void run(StepContext c) {
                throw new OutOfMemoryError("simulated");
            }
        };
        try {
            new StepRunner(List.of(new Recording("A"), oom)).run(ctx);
            throw new AssertionError("expected the Error to propagate");
        } catch (OutOfMemoryError expected) {
            assertThat(events).containsExactly("run A", "cleanup B halted", "cleanup A halted");
        }
    }

    @Test
    void cancelledBeforeStartRunsNothing() {
        cancel.cancel();
        StepRunResult result = new StepRunner(List.of(new Recording("A"))).run(ctx);

        assertThat(result.status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(result.error()).isInstanceOf(CancelledException.class).hasMessage("Build was cancelled.");
        assertThat(events).isEmpty();
    }

    @Test
    void cancelInterruptsAStepBlockedOnARealChildProcessAndKillsIt() throws Exception {
        AtomicReference<Process> child = new AtomicReference<>();
        CountDownLatch started = new CountDownLatch(1);
        Step sleeper = new Recording("Sleep") {
            @Override
            public void run(StepContext c) throws Exception {
                events.add("run Sleep");
                Process p = new ProcessBuilder("sleep", "60").start();
                child.set(p);
                try (var r = c.cancel().destroyOnCancel(p)) {
                    started.countDown();
                    p.waitFor();
                }
            }
        };

        long elapsed = runAndCancelWhen(started, List.of(new Recording("A"), sleeper, new Recording("C")));

        assertThat(elapsed).isLessThan(3000);
        assertThat(child.get().waitFor(3, TimeUnit.SECONDS)).as("sleep 60 was killed").isTrue();
        assertThat(events).containsExactly("run A", "run Sleep", "cleanup Sleep cancelled", "cleanup A cancelled");
    }

    @Test
    void cancelUnblocksAStepReadingASocket() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Step reader = new Recording("Read") {
                @Override
                public void run(StepContext c) throws IOException {
                    events.add("run Read");
                    try (Socket socket = new Socket(server.getInetAddress(), server.getLocalPort());
                         var r = c.cancel().closeOnCancel(socket)) {
                        InputStream in = socket.getInputStream();
                        started.countDown();
                        in.read(); // the server never writes
                    }
                }
            };
            long elapsed = runAndCancelWhen(started, List.of(reader));
            assertThat(elapsed).isLessThan(3000);
        }
        assertThat(events).containsExactly("run Read", "cleanup Read cancelled");
    }

    @Test
    void cancelInterruptsASleepingStepWithoutAnyRegistration() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Step sleeper = new Recording("Sleep") {
            @Override
            public void run(StepContext c) throws InterruptedException {
                started.countDown();
                Thread.sleep(60_000);
            }
        };
        assertThat(runAndCancelWhen(started, List.of(sleeper))).isLessThan(3000);
        assertThat(events).containsExactly("cleanup Sleep cancelled");
    }

    @Test
    void aStepThatIgnoresCancellationStillEndsTheRunAsCancelled() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Step stubborn = new Recording("Stubborn") {
            @Override
            public void run(StepContext c) throws Exception {
                started.countDown();
                try {
                    c.cancel().await(Duration.ofSeconds(5));
                } catch (InterruptedException ignored) {
                    // swallows the interrupt and completes normally
                }
                events.add("stubborn finished");
            }
        };
        runAndCancelWhen(started, List.of(stubborn, new Recording("Never")));
        assertThat(events).containsExactly("stubborn finished", "cleanup Stubborn cancelled");
    }

    /** Runs the steps on this thread and cancels from another once {@code started}; returns the ms to return. */
    private long runAndCancelWhen(CountDownLatch started, List<Step> steps) throws InterruptedException {
        AtomicReference<Long> cancelledAt = new AtomicReference<>();
        Thread canceller = new Thread(() -> {
            try {
                if (started.await(10, TimeUnit.SECONDS)) {
                    Thread.sleep(100);
                    cancelledAt.set(System.nanoTime());
                    cancel.cancel();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        canceller.start();
        StepRunResult result = new StepRunner(steps).run(ctx);
        long end = System.nanoTime();
        canceller.join();
        assertThat(result.status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(result.error()).hasMessage("Build was cancelled.");
        assertThat(ctx.error()).isEmpty();
        assertThat(Thread.currentThread().isInterrupted()).as("interrupt flag cleared").isFalse();
        return (end - cancelledAt.get()) / 1_000_000;
    }
}
