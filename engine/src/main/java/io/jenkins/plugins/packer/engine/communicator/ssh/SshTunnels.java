package io.jenkins.plugins.packer.engine.communicator.ssh;

import io.jenkins.plugins.packer.engine.communicator.CommunicatorException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.connection.channel.direct.LocalPortForwarder;
import net.schmizz.sshj.connection.channel.direct.Parameters;
import net.schmizz.sshj.connection.channel.forwarded.RemotePortForwarder;
import net.schmizz.sshj.connection.channel.forwarded.SocketForwardingConnectListener;

/**
 * The {@code ssh_local_tunnels} and {@code ssh_remote_tunnels} of one connection. Opened after each
 * (re)connect and closed with the connection, as Packer does.
 */
final class SshTunnels implements AutoCloseable {

    private final List<ServerSocket> listeners = new ArrayList<>();
    private final List<LocalPortForwarder> forwarders = new ArrayList<>();

    /** Opens every tunnel of {@code config} on {@code client}; on failure closes what was opened. */
    static SshTunnels open(SSHClient client, SshConfig config) throws CommunicatorException {
        SshTunnels tunnels = new SshTunnels();
        try {
            for (TunnelSpec t : config.localTunnels()) {
                tunnels.local(client, t);
            }
            for (TunnelSpec t : config.remoteTunnels()) {
                remote(client, t);
            }
            return tunnels;
        } catch (IOException e) {
            tunnels.close();
            throw e instanceof CommunicatorException c ? c : new CommunicatorException(e.getMessage(), false, e);
        }
    }

    private void local(SSHClient client, TunnelSpec t) throws IOException {
        ServerSocket socket = new ServerSocket();
        try {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(t.bindAddress()), t.listenPort()));
        } catch (IOException e) {
            socket.close();
            throw new CommunicatorException("Tunnel: Failed to bind local ('" + t + "'): " + e.getMessage(), false, e);
        }
        listeners.add(socket);
        LocalPortForwarder forwarder = client.newLocalPortForwarder(
                new Parameters(t.bindAddress(), socket.getLocalPort(), t.host(), t.hostPort()), socket);
        forwarders.add(forwarder);
        Thread thread = new Thread(() -> {
            try {
                forwarder.listen();
            } catch (IOException e) {
                // listener closed with the connection
            }
        }, "ssh-local-tunnel-" + t);
        thread.setDaemon(true);
        thread.start();
    }

    private static void remote(SSHClient client, TunnelSpec t) throws IOException {
        try {
            client.getRemotePortForwarder().bind(new RemotePortForwarder.Forward(t.bindAddress(), t.listenPort()),
                    new SocketForwardingConnectListener(new InetSocketAddress(t.host(), t.hostPort())));
        } catch (IOException e) {
            throw new CommunicatorException("Tunnel: Failed to bind remote ('" + t + "'): " + e.getMessage(), false, e);
        }
    }

    /** The local port actually bound for the {@code index}-th local tunnel (useful when 0 was asked for). */
    int localPort(int index) {
        return listeners.get(index).getLocalPort();
    }

    @Override
    public void close() {
        for (LocalPortForwarder f : forwarders) {
            try {
                f.close();
            } catch (IOException e) {
                // closing
            }
        }
        for (ServerSocket s : listeners) {
            try {
                s.close();
            } catch (IOException e) {
                // closing
            }
        }
    }
}
