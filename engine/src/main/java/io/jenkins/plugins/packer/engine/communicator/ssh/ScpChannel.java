package io.jenkins.plugins.packer.engine.communicator.ssh;

import io.jenkins.plugins.packer.engine.communicator.CommunicatorException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.connection.channel.direct.Session;

/**
 * An exec channel running the remote {@code scp -t} or {@code scp -f}: the SCP protocol's acknowledgements,
 * record lines, and the remote stderr collected for error messages.
 */
final class ScpChannel implements AutoCloseable {
    private final Session session;
    private final Session.Command command;
    private final String commandLine;
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private final Thread stderrPump;

    private ScpChannel(Session session, Session.Command command, String commandLine) {
        this.session = session;
        this.command = command;
        this.commandLine = commandLine;
        this.stderrPump = new Thread(() -> {
            byte[] b = new byte[4096];
            try {
                InputStream err = command.getErrorStream();
                int n;
                while ((n = err.read(b)) >= 0) {
                    synchronized (stderr) {
                        if (stderr.size() < 65536) {
                            stderr.write(b, 0, n);
                        }
                    }
                }
            } catch (IOException e) {
                // connection gone: the main stream reports it
            }
        }, "scp-stderr");
        stderrPump.setDaemon(true);
        stderrPump.start();
    }

    static ScpChannel open(SSHClient client, String commandLine) throws IOException {
        Session session = client.startSession();
        try {
            return new ScpChannel(session, session.exec(commandLine), commandLine);
        } catch (IOException | RuntimeException e) {
            session.close();
            throw e;
        }
    }

    InputStream in() {
        return command.getInputStream();
    }

    OutputStream out() {
        return command.getOutputStream();
    }

    void record(String line) throws IOException {
        out().write(line.getBytes(StandardCharsets.UTF_8));
        out().flush();
        ack();
    }

    void sendAck() throws IOException {
        out().write(0);
        out().flush();
    }

    /** Reads one status byte; 1 or 2 carry an error line. */
    void ack() throws IOException {
        int b = in().read();
        if (b == 0) {
            return;
        }
        if (b < 0) {
            throw failure("the remote scp ended unexpectedly");
        }
        String message = readLine();
        throw failure(message.isEmpty() ? "the remote scp reported an error" : message);
    }

    /** Reads a record line: C/D/E/T, or fails on an error status. */
    String readRecord() throws IOException {
        int b = in().read();
        if (b < 0) {
            throw failure("the remote scp ended unexpectedly");
        }
        if (b == 1 || b == 2) {
            throw failure(readLine());
        }
        String line = (char) b + readLine();
        if (line.charAt(0) == 'T') {
            sendAck();
            return readRecord();
        }
        if ("CDE".indexOf(line.charAt(0)) < 0) {
            throw failure("unexpected answer from the remote scp: " + line);
        }
        return line;
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in().read()) >= 0 && b != '\n') {
            line.write(b);
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    /** Ends the transfer: EOF to the remote scp, then checks its exit status. */
    void finish() throws IOException {
        out().close();
        command.join();
        Integer status = command.getExitStatus();
        if (status != null && status != 0) {
            throw failure("the remote scp exited with status " + status);
        }
    }

    private CommunicatorException failure(String message) {
        try {
            stderrPump.join(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String err;
        synchronized (stderr) {
            err = stderr.toString(StandardCharsets.UTF_8).trim();
        }
        String text = message.replaceFirst("^scp: ", "");
        if (!err.isEmpty() && !err.contains(text)) {
            text = text + ": " + err;
        }
        return new CommunicatorException("scp (" + commandLine + "): " + text);
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (IOException | RuntimeException e) {
            // already closed
        }
    }
}
