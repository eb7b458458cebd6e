package io.jenkins.plugins.packer.agent;

import io.jenkins.plugins.packer.launch.EngineStopper;
import java.time.Duration;
import jenkins.security.MasterToSlaveCallable;

/** Runs on the agent when a build is aborted: stops the engine of one step run (see {@link EngineStopper}). */
public final class StopEngine extends MasterToSlaveCallable<String, InterruptedException> {

    private static final long serialVersionUID = 1L;
    private final String runToken;
    private final long graceMillis;

    public StopEngine(String runToken, Duration grace) {
        this.runToken = runToken;
        this.graceMillis = grace.toMillis();
    }

    /** A one-line summary for the build log. */
    @Override
    public String call() throws InterruptedException {
        EngineStopper.Result r = EngineStopper.stop(runToken, Duration.ofMillis(graceMillis));
        return r.found() == 0 ? "engine already stopped"
                : "engine stopped (" + r.terminatedGracefully() + " cleaned up, " + r.killed() + " killed)";
    }
}
