package io.jenkins.plugins.packer.engine.communicator;

/**
 * How a remote command ended.
 *
 * <p>A command whose connection dropped before the server sent an exit status (a reboot, a killed sshd, a
 * network failure) is {@link #disconnected()}: its {@link #exitStatus()} is {@link #CMD_DISCONNECT}, Packer's
 * {@code packersdk.CmdDisconnect}, so a provisioner with {@code expect_disconnect} can treat it as success.
 *
 * @param exitStatus the remote exit status; -1 when the command was ended by a signal;
 *                   {@link #CMD_DISCONNECT} when disconnected
 * @param exitSignal the signal name (e.g. {@code TERM}) when the command was killed by a signal, else null
 * @param disconnected true if the connection ended before an exit status arrived
 * @param detail     for a disconnect, what was observed (e.g. "connection reset"); otherwise null
 */
public record CommandResult(int exitStatus, String exitSignal, boolean disconnected, String detail) {

    /** Packer's exit status for "remote end disconnected" (packersdk.CmdDisconnect). */
    public static final int CMD_DISCONNECT = 2300218;

    /** A normal exit with the given status. */
    public static CommandResult exited(int status) {
        return new CommandResult(status, null, false, null);
    }

    /** Ended by a signal. */
    public static CommandResult signalled(String signal) {
        return new CommandResult(-1, signal, false, null);
    }

    /** The connection dropped while the command ran. */
    public static CommandResult disconnected(String detail) {
        return new CommandResult(CMD_DISCONNECT, null, true, detail);
    }

    /** True for a normal exit with status 0. */
    public boolean success() {
        return !disconnected && exitSignal == null && exitStatus == 0;
    }

    /** A short description for messages: "exit status 3", "killed by signal TERM", "disconnected (...)". */
    public String describe() {
        if (disconnected) {
            return "remote end disconnected" + (detail == null ? "" : " (" + detail + ")");
        }
        if (exitSignal != null) {
            return "killed by signal " + exitSignal;
        }
        return "exit status " + exitStatus;
    }
}
