package io.jenkins.plugins.packer;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.packer.binding.BoundCredentials;
import io.jenkins.plugins.packer.masking.MaskingOutputStream;
import io.jenkins.plugins.packer.masking.SecretMasker;
import io.jenkins.plugins.packer.run.PackerOutcome;
import io.jenkins.plugins.packer.run.PackerRequest;
import io.jenkins.plugins.packer.run.PackerRun;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * The Jenkins side of one call of {@code packerBuild}, {@code packerValidate} or the freestyle builder: resolve the
 * credential bindings, mask the step's log and exception messages, run {@link PackerRun} on the node, record the
 * run action, and turn failure into an {@link AbortException} with a masked message.
 */
final class PackerInvocation {

    private PackerInvocation() {
    }

    /**
     * @param requestFor builds the request once the archive key (number of this call in the build) is known
     * @return the outcome; the caller picks its return value
     * @throws AbortException when the engine failed, with the (masked) diagnostics
     */
    static PackerOutcome run(List<PackerCredentialBinding> bindings, Function<String, PackerRequest> requestFor,
            Run<?, ?> run, FilePath workspace, EnvVars env, Launcher launcher, TaskListener listener)
            throws IOException, InterruptedException {
        BoundCredentials bound = new BoundCredentials();
        for (PackerCredentialBinding b : bindings) {
            b.bind(run, env, bound);
        }
        SecretMasker masker = new SecretMasker(bound.secrets());
        MaskingOutputStream masking = new MaskingOutputStream(listener.getLogger(), masker, StandardCharsets.UTF_8);
        PrintStream log = new PrintStream(masking, true, StandardCharsets.UTF_8);
        try {
            if (masker.tooShortToMask() > 0) {
                log.println("[packer] warning: " + masker.tooShortToMask()
                        + " bound secret(s) shorter than 3 characters cannot be masked in the log");
            }
            PackerRunAction action;
            synchronized (run) {
                action = run.getAction(PackerRunAction.class);
                if (action == null) {
                    action = new PackerRunAction();
                    run.addAction(action);
                }
            }
            PackerRequest request;
            try {
                request = requestFor.apply(Integer.toString(action.count() + 1));
            } catch (IllegalArgumentException e) {
                throw new AbortException(masker.mask(e.getMessage()));
            }
            PackerOutcome outcome;
            try {
                outcome = PackerRun.execute(request, bound, new JenkinsEngineAgent(run, workspace, launcher, listener,
                        env), log, masker);
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw new AbortException(masker.mask(e.getMessage()));
            } catch (IOException e) {
                if (e instanceof AbortException) {
                    throw new AbortException(masker.mask(e.getMessage()));
                }
                throw new IOException(masker.mask(e.getMessage()));
            }
            action.add(outcome.record());
            for (String w : outcome.warnings()) {
                log.println("[packer] warning: " + w);
            }
            if (!outcome.succeeded()) {
                throw new AbortException(masker.mask(outcome.failureMessage(request.validate() ? "validate" : "build")));
            }
            return outcome;
        } finally {
            log.flush();
            masking.close();
        }
    }
}
