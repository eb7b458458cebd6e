package io.jenkins.plugins.packer.engine.communicator.ssh;

import io.jenkins.plugins.packer.engine.communicator.CommandResult;
import io.jenkins.plugins.packer.engine.communicator.CommandTimeoutException;
import io.jenkins.plugins.packer.engine.communicator.CommunicatorException;
import io.jenkins.plugins.packer.engine.communicator.RemoteCommand;
import io.jenkins.plugins.packer.engine.communicator.RemoteProcess;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import net.schmizz.sshj.connection.ConnectionException;
import net.schmizz.sshj.connection.channel.direct.Session;
import net.schmizz.sshj.connection.channel.direct.Signal;

/**
 * A command running in an SSH session channel. stdout and stderr are drained concurrently on two daemon
 * threads from the start (a full channel window would otherwise stall the command, sshj issues #508/#576);
 * stdin, if any, is fed by a third. A transport failure while the command runs is a
 * {@link CommandResult#disconnected(String) disconnect}, not an exception.
 */
final class SshRemoteProcess implements RemoteProcess {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final RemoteCommand command;
    private final Session session;
    private final Session.Command exec;
    private final Thread stdoutPump;
    private final Thread stderrPump;
    private final AtomicReference<String> disconnect = new AtomicReference<>();
    private final AtomicReference<IOException> sinkFailure = new AtomicReference<>();
    private volatile CommandResult result;

    SshRemoteProcess(RemoteCommand command, Session session, Session.Command exec) {
        this.command = command;
        this.session = session;
        this.exec = exec;
        int n = COUNTER.incrementAndGet();
        stdoutPump = pump(exec.getInputStream(), command.stdout(), "ssh-stdout-" + n);
        stderrPump = pump(exec.getErrorStream(), command.stderr(), "ssh-stderr-" + n);
        if (command.stdin() != null) {
            feed(command.stdin(), exec.getOutputStream(), "ssh-stdin-" + n);
        } else {
            closeQuietly(exec.getOutputStream());
        }
    }

    @Override
    public synchronized CommandResult waitFor(Duration timeout) throws IOException {
        if (result != null) {
            return result;
        }
        long deadline = timeout == null ? Long.MAX_VALUE : System.nanoTime() + timeout.toNanos();
        try {
            join(stdoutPump, deadline);
            join(stderrPump, deadline);
            if (stdoutPump.isAlive() || stderrPump.isAlive()) {
                throw timedOut(timeout);
            }
            if (disconnect.get() == null) {
                long left = deadline == Long.MAX_VALUE ? 0 : Math.max(1, (deadline - System.nanoTime()) / 1_000_000L);
                try {
                    if (left == 0) {
                        exec.join();
                    } else {
                        exec.join(left, TimeUnit.MILLISECONDS);
                    }
                } catch (ConnectionException e) {
                    if (String.valueOf(e.getMessage()).contains("Timeout")) {
                        throw timedOut(timeout);
                    }
                    disconnect.compareAndSet(null, SshFailures.reason(e));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new CommunicatorException("interrupted while waiting for: " + command.command(), false, e);
        }
        closeSinks();
        if (sinkFailure.get() != null) {
            throw sinkFailure.get();
        }
        result = outcome();
        closeSession();
        return result;
    }

    private CommandResult outcome() {
        Integer status = exec.getExitStatus();
        Signal signal = exec.getExitSignal();
        if (status != null) {
            return CommandResult.exited(status);
        }
        if (signal != null) {
            return CommandResult.signalled(signal.toString());
        }
        String why = disconnect.get();
        return CommandResult.disconnected(why != null ? why : "the command ended without exit status or signal");
    }

    private CommandTimeoutException timedOut(Duration timeout) {
        // OpenSSH refuses "signal" requests on root logins, and without a PTY it keeps the channel until the
        // command exits: ask for TERM, then close the channel in the background instead of waiting for that
        signal("TERM");
        close();
        return new CommandTimeoutException(command.command(), timeout);
    }

    @Override
    public boolean isAlive() {
        return result == null && exec.isOpen();
    }

    @Override
    public void signal(String signal) {
        try {
            exec.signal(Signal.fromString(signal));
        } catch (IOException | RuntimeException e) {
            // the server may refuse or the channel may be gone; closing is the fallback
        }
    }

    @Override
    public void close() {
        if (result != null || !exec.isOpen()) {
            closeSession();
            return;
        }
        // sshj waits for the server's close reply, which OpenSSH sends only when the command has ended
        Thread closer = new Thread(this::closeSession, "ssh-close");
        closer.setDaemon(true);
        closer.start();
    }

    private void closeSession() {
        try {
            session.close();
        } catch (IOException | RuntimeException e) {
            // already closed or connection gone
        }
    }

    private void join(Thread t, long deadline) throws InterruptedException {
        if (deadline == Long.MAX_VALUE) {
            t.join();
        } else {
            long ms = (deadline - System.nanoTime()) / 1_000_000L;
            if (ms > 0) {
                t.join(ms);
            }
        }
    }

    private Thread pump(InputStream in, OutputStream out, String name) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[32 << 10];
            try {
                int n;
                while ((n = in.read(buf)) >= 0) {
                    if (out != null) {
                        try {
                            out.write(buf, 0, n);
                        } catch (IOException | RuntimeException e) {
                            sinkFailure.compareAndSet(null, e instanceof IOException io ? io : new IOException(e));
                        }
                    }
                }
            } catch (IOException e) {
                disconnect.compareAndSet(null, SshFailures.reason(e));
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private void feed(InputStream in, OutputStream out, String name) {
        Thread t = new Thread(() -> {
            try (out) {
                in.transferTo(out);
            } catch (IOException e) {
                // the command stopped reading or the connection dropped: the result tells
            }
        }, name);
        t.setDaemon(true);
        t.start();
    }

    private void closeSinks() {
        for (OutputStream out : new OutputStream[] {command.stdout(), command.stderr()}) {
            if (out != null) {
                try {
                    out.flush();
                    if (out instanceof io.jenkins.plugins.packer.engine.communicator.LineOutputStream) {
                        out.close();
                    }
                } catch (IOException e) {
                    sinkFailure.compareAndSet(null, e);
                }
            }
        }
    }

    private static void closeQuietly(OutputStream out) {
        try {
            out.close();
        } catch (IOException e) {
            // nothing to send anyway
        }
    }
}
