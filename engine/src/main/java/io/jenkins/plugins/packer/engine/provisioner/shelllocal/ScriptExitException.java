package io.jenkins.plugins.packer.engine.provisioner.shelllocal;

import java.util.List;
import java.util.stream.Collectors;

/** A script ended with an exit code not in {@code valid_exit_codes}; worded as Packer's SDK words it. */
public final class ScriptExitException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;

    public ScriptExitException(int status, List<Integer> allowed) {
        super("Script exited with non-zero exit status: " + status + ". Allowed exit codes are: "
                + allowed.stream().map(String::valueOf).collect(Collectors.joining(" ", "[", "]")));
        this.status = status;
    }

    public int status() {
        return status;
    }
}
