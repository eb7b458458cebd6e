package io.jenkins.plugins.packer.engine.communicator.ssh;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import net.schmizz.sshj.common.DisconnectReason;
import net.schmizz.sshj.common.SSHException;

/**
 * Turns what sshj and the JDK throw into the short reasons shown while waiting for SSH and in errors:
 * "connection refused", "connection timed out", "no route to host", "connection closed by the server", ...
 */
final class SshFailures {

    private SshFailures() {
    }

    /** A short, lower-case reason for {@code failure}. */
    static String reason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
                if (m.contains("refused")) {
                    return "connection refused";
                }
                if (m.contains("timed out")) {
                    return "connection timed out";
                }
                return m;
            }
            if (t instanceof NoRouteToHostException) {
                return "no route to host";
            }
            if (t instanceof UnknownHostException) {
                return "unknown host " + t.getMessage();
            }
            if (t instanceof SocketTimeoutException) {
                String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
                return m.contains("connect") ? "connection timed out" : "i/o timeout (no answer from the server)";
            }
            if (t instanceof EOFException) {
                return "connection closed by the server";
            }
            if (t instanceof SocketException) {
                String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
                if (m.contains("reset")) {
                    return "connection reset by the server";
                }
                if (m.contains("broken pipe") || m.contains("closed")) {
                    return "connection closed by the server";
                }
                if (m.contains("unreachable")) {
                    return "network is unreachable";
                }
            }
            if (t instanceof SSHException s && s.getDisconnectReason() == DisconnectReason.PROTOCOL_ERROR
                    && String.valueOf(s.getMessage()).contains("strict")) {
                return s.getMessage();
            }
        }
        String m = failure.getMessage();
        if (m == null || m.isBlank()) {
            return failure.getClass().getSimpleName();
        }
        if (m.contains("closed connection during identification")) {
            return "connection closed by the server during the handshake";
        }
        if (m.contains("Broken transport") || m.contains("encountered EOF")) {
            return "connection closed by the server";
        }
        if (m.contains("Timeout expired")) {
            return "handshake timed out (the server accepted the connection but did not answer)";
        }
        return m;
    }
}
