package io.jenkins.plugins.packer.engine.build;

import io.jenkins.plugins.packer.engine.artifact.Artifact;
import io.jenkins.plugins.packer.engine.step.RunStatus;
import io.jenkins.plugins.packer.engine.ui.Durafmt;
import io.jenkins.plugins.packer.engine.ui.MaskingUi;
import io.jenkins.plugins.packer.engine.ui.TargetedUi;
import io.jenkins.plugins.packer.engine.ui.Ui;
import java.time.Duration;
import java.util.List;

/**
 * The end of Packer's build output, on the run's UI:
 * <pre>
 * ==> Wait completed after 21 milliseconds 87 microseconds
 *
 * ==> Some builds didn't complete successfully and had errors:
 * --> null.x: Script exited with non-zero exit status: 3.Allowed exit codes are: [0]
 *
 * ==> Builds finished. The artifacts of successful builds are:
 * --> demo.file.a: Stored file: out-a.txt
 * </pre>
 * or {@code ==> Builds finished but no artifacts were created.}, or after a cancellation only
 * {@code Cleanly cancelled builds after being interrupted.}; with the machine-readable records
 * ({@code error-count}, {@code error}, {@code artifact-count}, {@code artifact,I,builder-id|id|string|files-count|
 * file|end}) in between. Builds are listed in plan order (Packer's order is random: it walks a Go map).
 */
final class RunSummary {

    private final Ui ui;

    RunSummary(Ui ui) {
        this.ui = ui;
    }

    /** Prints the summary and returns the exit code. */
    int print(List<BuildResult> results, Duration wait, boolean cancelled) {
        ui.say("\n==> Wait completed after " + Durafmt.packer(wait));
        if (cancelled) {
            ui.say("Cleanly cancelled builds after being interrupted.");
            return 1;
        }
        List<BuildResult> failed = results.stream().filter(r -> r.status() != RunStatus.SUCCEEDED).toList();
        if (!failed.isEmpty()) {
            ui.machine("error-count", Integer.toString(failed.size()));
            ui.error("\n==> Some builds didn't complete successfully and had errors:");
            for (BuildResult r : failed) {
                Ui out = new MaskingUi(r.masker(), ui);
                new TargetedUi(r.name(), out).machine("error", r.errorMessage());
                out.error("--> " + r.name() + ": " + r.errorMessage());
            }
        }
        List<BuildResult> succeeded = results.stream().filter(r -> r.status() == RunStatus.SUCCEEDED).toList();
        if (succeeded.isEmpty()) {
            ui.say("\n==> Builds finished but no artifacts were created.");
        } else {
            ui.say("\n==> Builds finished. The artifacts of successful builds are:");
            succeeded.forEach(this::listArtifacts);
        }
        return failed.isEmpty() ? 0 : 1;
    }

    private void listArtifacts(BuildResult r) {
        Ui out = new MaskingUi(r.masker(), ui);
        Ui machine = new TargetedUi(r.name(), out);
        machine.machine("artifact-count", Integer.toString(r.artifacts().size()));
        for (int i = 0; i < r.artifacts().size(); i++) {
            Artifact a = r.artifacts().get(i);
            String index = Integer.toString(i);
            if (a == null) {
                machine.machine("artifact", index, "nil");
            } else {
                machine.machine("artifact", index, "builder-id", a.builderId());
                machine.machine("artifact", index, "id", a.id());
                machine.machine("artifact", index, "string", a.description());
                List<String> files = a.files();
                machine.machine("artifact", index, "files-count", Integer.toString(files.size()));
                for (int f = 0; f < files.size(); f++) {
                    machine.machine("artifact", index, "file", Integer.toString(f), files.get(f));
                }
            }
            machine.machine("artifact", index, "end");
            out.say("--> " + r.name() + ": " + (a == null ? "<nothing>" : a.description()));
        }
    }
}
