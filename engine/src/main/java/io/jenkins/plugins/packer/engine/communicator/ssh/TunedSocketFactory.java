package io.jenkins.plugins.packer.engine.communicator.ssh;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import javax.net.SocketFactory;

/**
 * Plain TCP sockets for SSH, tuned: TCP_NODELAY, because sshj writes each SSH packet separately and Nagle's
 * algorithm would hold back a packet while an earlier one is unacknowledged.
 */
final class TunedSocketFactory extends SocketFactory {

    static final boolean NODELAY = !Boolean.getBoolean("jpacker.ssh.nagle");
    static final int SEND_BUFFER = Integer.getInteger("jpacker.ssh.sndbuf", 0);

    @Override
    public Socket createSocket() throws SocketException {
        Socket s = new Socket();
        tune(s);
        return s;
    }

    static void tune(Socket s) throws SocketException {
        s.setTcpNoDelay(NODELAY);
        if (SEND_BUFFER > 0) {
            s.setSendBufferSize(SEND_BUFFER);
        }
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        Socket s = new Socket(host, port);
        tune(s);
        return s;
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        Socket s = new Socket(host, port, localHost, localPort);
        tune(s);
        return s;
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        Socket s = new Socket(host, port);
        tune(s);
        return s;
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        Socket s = new Socket(address, port, localAddress, localPort);
        tune(s);
        return s;
    }
}
