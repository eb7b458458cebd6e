package io.jenkins.plugins.packer.engine.cli;

/** Process exit codes, as Packer uses them. */
public final class ExitCode {
    /** Everything succeeded. */
    public static final int OK = 0;
    /** Any error: bad flags, invalid template, a build that errored, an interrupted run. */
    public static final int ERROR = 1;
    /** {@code fmt -check}: at least one file is not canonically formatted. */
    public static final int FMT_WOULD_CHANGE = 3;
    /** No sub-command was given; Packer's CLI library answers the bare command with its help and 127. */
    public static final int USAGE = 127;

    private ExitCode() {
    }
}
