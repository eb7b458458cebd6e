package io.jenkins.plugins.packer.engine.communicator.ssh;

import io.jenkins.plugins.packer.engine.communicator.CommunicatorException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.connection.channel.direct.LocalPortForwarder;
import net.schmizz.sshj.connection.channel.direct.Parameters;

/**
 * A listener on 127.0.0.1 whose connections are forwarded through a jump host to the build host's SSH port
 * ({@code direct-tcpip}, as {@code ssh -L}). The SSH session of the client using it stays end to end with the
 * build host. Closed by the caller.
 */
public final class EndpointForward implements AutoCloseable {

    private final ServerSocket socket;
    private final LocalPortForwarder forwarder;

    private EndpointForward(ServerSocket socket, LocalPortForwarder forwarder) {
        this.socket = socket;
        this.forwarder = forwarder;
    }

    static EndpointForward open(SSHClient via, String host, int port) throws CommunicatorException {
        ServerSocket socket = null;
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            LocalPortForwarder forwarder = via.newLocalPortForwarder(
                    new Parameters("127.0.0.1", socket.getLocalPort(), host, port), socket);
            Thread t = new Thread(() -> {
                try {
                    forwarder.listen();
                } catch (IOException e) {
                    // closed
                }
            }, "ssh-endpoint-forward-" + host + ":" + port);
            t.setDaemon(true);
            t.start();
            return new EndpointForward(socket, forwarder);
        } catch (IOException e) {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing
                }
            }
            throw new CommunicatorException("cannot forward a local port to " + host + ":" + port + ": "
                    + e.getMessage(), false, e);
        }
    }

    /** The local address to connect to. */
    public InetSocketAddress address() {
        return new InetSocketAddress(socket.getInetAddress(), socket.getLocalPort());
    }

    @Override
    public void close() {
        try {
            forwarder.close();
        } catch (IOException e) {
            // closing
        }
        try {
            socket.close();
        } catch (IOException e) {
            // closing
        }
    }
}
