package io.jenkins.plugins.packer.engine.communicator.ssh;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import javax.net.SocketFactory;

/**
 * Sockets that reach the SSH server through a SOCKS5 proxy ({@code ssh_proxy_*}; RFC 1928, username/password
 * per RFC 1929). The target host name is sent to the proxy unresolved, as OpenSSH does. sshj asks for an
 * unconnected socket and connects it; here {@link #connectedSocket} does the whole handshake instead, and
 * {@link SshConnector} hands the connected socket to sshj.
 */
final class Socks5SocketFactory {

    private final SshConfig.Proxy proxy;

    Socks5SocketFactory(SshConfig.Proxy proxy) {
        this.proxy = proxy;
    }

    /** A socket connected through the proxy to {@code host:port}. */
    Socket connectedSocket(String host, int port, int timeoutMillis) throws IOException {
        Socket socket = SocketFactory.getDefault().createSocket();
        try {
            socket.connect(new InetSocketAddress(proxy.host(), proxy.port()), timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            handshake(socket, host, port);
            socket.setSoTimeout(0);
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    private void handshake(Socket socket, String host, int port) throws IOException {
        OutputStream out = socket.getOutputStream();
        DataInputStream in = new DataInputStream(socket.getInputStream());
        boolean withPassword = proxy.username() != null && !proxy.username().isEmpty();
        out.write(withPassword ? new byte[] {5, 2, 0, 2} : new byte[] {5, 1, 0});
        out.flush();
        int version = in.readUnsignedByte();
        int method = in.readUnsignedByte();
        if (version != 5) {
            throw new IOException("SOCKS proxy " + where() + " is not a SOCKS5 proxy (version " + version + ")");
        }
        if (method == 2 && withPassword) {
            byte[] user = proxy.username().getBytes(StandardCharsets.UTF_8);
            byte[] pass = (proxy.password() == null ? "" : proxy.password()).getBytes(StandardCharsets.UTF_8);
            out.write(1);
            out.write(user.length);
            out.write(user);
            out.write(pass.length);
            out.write(pass);
            out.flush();
            in.readUnsignedByte();
            if (in.readUnsignedByte() != 0) {
                throw new IOException("SOCKS proxy " + where() + " refused the username/password");
            }
        } else if (method != 0) {
            throw new IOException("SOCKS proxy " + where() + " accepts none of our authentication methods");
        }
        byte[] name = host.getBytes(StandardCharsets.US_ASCII);
        out.write(new byte[] {5, 1, 0, 3, (byte) name.length});
        out.write(name);
        out.write(port >> 8);
        out.write(port & 0xff);
        out.flush();
        in.readUnsignedByte();
        int reply = in.readUnsignedByte();
        in.readUnsignedByte();
        int addressType = in.readUnsignedByte();
        if (reply != 0) {
            throw new IOException("SOCKS proxy " + where() + " could not connect to " + host + ":" + port + ": "
                    + replyText(reply));
        }
        skipAddress(in, addressType);
    }

    private static void skipAddress(DataInputStream in, int addressType) throws IOException {
        int length = switch (addressType) {
            case 1 -> 4;
            case 4 -> 16;
            case 3 -> in.readUnsignedByte();
            default -> throw new IOException("SOCKS proxy sent an unknown address type " + addressType);
        };
        skip(in, length + 2);
    }

    private static void skip(InputStream in, int n) throws IOException {
        for (int i = 0; i < n; i++) {
            if (in.read() < 0) {
                throw new IOException("SOCKS proxy closed the connection");
            }
        }
    }

    private static String replyText(int reply) {
        return switch (reply) {
            case 1 -> "general failure";
            case 2 -> "connection not allowed by ruleset";
            case 3 -> "network unreachable";
            case 4 -> "host unreachable";
            case 5 -> "connection refused";
            case 6 -> "TTL expired";
            case 7 -> "command not supported";
            case 8 -> "address type not supported";
            default -> "error " + reply;
        };
    }

    private String where() {
        return proxy.host() + ":" + proxy.port();
    }

}
