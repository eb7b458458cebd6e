package io.jenkins.plugins.packer.engine.build;

import io.jenkins.plugins.packer.engine.artifact.Artifact;
import io.jenkins.plugins.packer.engine.secret.SecretMasker;
import io.jenkins.plugins.packer.engine.step.RunStatus;
import io.jenkins.plugins.packer.engine.step.StepTiming;
import java.time.Instant;
import java.util.List;

/**
 * How one planned build ended.
 *
 * @param name the build name
 * @param type the builder type
 * @param status SUCCEEDED, FAILED, or CANCELLED (also for builds never started because of a cancellation)
 * @param start null if never started
 * @param end null if never started
 * @param artifacts on success the artifacts to list (possibly empty); empty otherwise
 * @param error the failure, null on success
 * @param errorMessage the failure's text masked with the build's secrets, null on success
 * @param steps step timings in the order they ended
 * @param masker the build's secret masker
 * @param manifests the files its {@code manifest} post-processors wrote (also when it failed later)
 */
public record BuildResult(String name, String type, RunStatus status, Instant start, Instant end,
                          List<Artifact> artifacts, Throwable error, String errorMessage, List<StepTiming> steps,
                          SecretMasker masker, List<String> manifests) {

    public BuildResult {
        artifacts = List.copyOf(artifacts);
        steps = List.copyOf(steps);
        manifests = List.copyOf(manifests);
    }

    public boolean started() {
        return start != null;
    }
}
