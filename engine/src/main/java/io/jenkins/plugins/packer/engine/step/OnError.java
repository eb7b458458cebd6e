package io.jenkins.plugins.packer.engine.step;

/** Packer's {@code -on-error}: what happens to the cleanups when a build step fails. */
public enum OnError {
    /** Run every cleanup (the default). */
    CLEANUP("cleanup"),
    /** Skip the cleanups, leaving everything in place for inspection. */
    ABORT("abort"),
    /** Ask the user: clean up, abort, or retry the step; needs a terminal, without one it cleans up. */
    ASK("ask"),
    /** As {@link #ABORT}, but still run the error-cleanup provisioner. */
    RUN_CLEANUP_PROVISIONER("run-cleanup-provisioner");

    private final String flag;

    OnError(String flag) {
        this.flag = flag;
    }

    /** The flag value, e.g. {@code run-cleanup-provisioner}. */
    public String flag() {
        return flag;
    }

    /** The flag value, as Packer's help and messages print it. */
    @Override
    public String toString() {
        return flag;
    }

    /** Parses a flag value; the empty string means {@link #CLEANUP}, as in Packer. */
    public static OnError parse(String flag) {
        if (flag == null || flag.isEmpty()) {
            return CLEANUP;
        }
        for (OnError e : values()) {
            if (e.flag.equals(flag)) {
                return e;
            }
        }
        throw new IllegalArgumentException(
                "-on-error has to be one of: cleanup, abort, ask, run-cleanup-provisioner; not \"" + flag + "\"");
    }
}
