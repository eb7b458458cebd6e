package io.jenkins.plugins.packer.engine.cancel;

import io.jenkins.plugins.packer.engine.log.DebugLog;
import io.jenkins.plugins.packer.engine.step.StateBag;
import io.jenkins.plugins.packer.engine.step.Step;
import io.jenkins.plugins.packer.engine.step.StepContext;
import io.jenkins.plugins.packer.engine.step.StepListener;
import io.jenkins.plugins.packer.engine.step.StepRunResult;
import io.jenkins.plugins.packer.engine.step.StepRunner;
import io.jenkins.plugins.packer.engine.ui.BasicUi;
import java.util.List;

/**
 * A separate JVM for {@link SignalCancellationTest}: runs one step blocked on {@code sleep 60} under the signal
 * handler. With argument {@code stuck-cleanup} the cleanup blocks too, so only a second signal ends it.
 */
public final class SignalProbe {

    private SignalProbe() {
    }

    public static void main(String[] args) throws Exception {
        boolean stuckCleanup = args.length > 0 && args[0].equals("stuck-cleanup");
        BasicUi ui = BasicUi.to(System.out);
        CancelToken token = CancelToken.create();
        try (SignalCancellation signals = SignalCancellation.install(token, ui::error, SignalCancellation.HALT)) {
            Step step = new Step() {
                @Override
                public void run(StepContext ctx) throws Exception {
                    Process p = new ProcessBuilder("sleep", "60").start();
                    try (var r = ctx.cancel().destroyOnCancel(p)) {
                        System.out.println("started " + p.pid());
                        p.waitFor();
                    }
                }

                @Override
                public void cleanup(StepContext ctx) throws Exception {
                    if (stuckCleanup) {
                        Process q = new ProcessBuilder("sleep", "61").start();
                        ctx.cancel().killOnForcedExit(q); // a cleanup's process: only a forced exit kills it
                        System.out.println("cleanup blocked " + q.pid());
                        q.waitFor();
                    }
                    System.out.println("cleanup ran");
                }
            };
            StepRunResult result = new StepRunner(List.of(step))
                    .run(new StepContext(ui, new StateBag(), token, DebugLog.disabled(), StepListener.NONE));
            System.out.println("status " + result.status() + ": " + result.error().getMessage());
        }
        System.exit(1);
    }
}
