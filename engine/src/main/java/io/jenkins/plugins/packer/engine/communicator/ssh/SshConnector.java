package io.jenkins.plugins.packer.engine.communicator.ssh;

import io.jenkins.plugins.packer.engine.communicator.CommunicatorException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.net.SocketFactory;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.connection.channel.direct.DirectConnection;
import net.schmizz.sshj.transport.TransportException;
import net.schmizz.sshj.userauth.UserAuthException;
import net.schmizz.sshj.userauth.keyprovider.KeyProvider;
import net.schmizz.sshj.userauth.method.AuthKeyboardInteractive;
import net.schmizz.sshj.userauth.method.AuthMethod;
import net.schmizz.sshj.userauth.method.AuthPassword;
import net.schmizz.sshj.userauth.method.AuthPublickey;
import net.schmizz.sshj.userauth.method.PasswordResponseProvider;
import net.schmizz.sshj.userauth.password.PasswordUtils;

/**
 * Makes one connection attempt: TCP (direct, through a SOCKS5 proxy, or through a bastion's direct-tcpip
 * channel), key exchange with host key verification, and authentication. Every failure becomes a
 * {@link CommunicatorException} whose message is the reason shown to the user; it is
 * {@link CommunicatorException#retryable() retryable} unless trying again cannot help (a changed host key, an
 * unreadable key file, no SSH agent).
 */
final class SshConnector {

    private static final Duration MAX_CONNECT = Duration.ofSeconds(30);
    private static final Duration MAX_HANDSHAKE = Duration.ofMinutes(1);
    private static final int MIN_READ_MS = 2000;

    private final SshConfig config;
    private final PinnedHostKeyVerifier hostKeys;

    SshConnector(SshConfig config, PinnedHostKeyVerifier hostKeys) {
        this.config = config;
        this.hostKeys = hostKeys;
    }

    /** Connects within {@code budget} (bounded by 30 s for TCP and 1 min for the handshake, as Packer). */
    SshConnection connect(Duration budget) throws CommunicatorException {
        int connectMs = millis(min(budget, MAX_CONNECT));
        int handshakeMs = millis(min(budget, MAX_HANDSHAKE));
        SSHClient bastion = null;
        SSHClient client = newClient(handshakeMs, connectMs);
        try {
            client.addHostKeyVerifier(hostKeys);
            String[] negotiated = new String[1];
            client.addAlgorithmsVerifier(a -> {
                negotiated[0] = a.getKeyExchangeAlgorithm() + ", host key " + a.getSignatureAlgorithm() + ", cipher "
                        + a.getClient2ServerCipherAlgorithm()
                        + (a.getClient2ServerCipherAlgorithm().contains("gcm") ? "" : ", mac "
                                + a.getClient2ServerMACAlgorithm());
                return true;
            });
            if (config.bastion() != null) {
                bastion = connectBastion(config.bastion(), connectMs, handshakeMs);
                DirectConnection tunnel = openTunnel(bastion);
                client.connectVia(tunnel);
            } else {
                if (config.proxy() != null) {
                    useProxy(client, connectMs);
                } else {
                    client.setSocketFactory(new TunedSocketFactory());
                }
                client.connect(config.host(), config.port());
            }
            authenticate(client, config.username(), config.password(), config.privateKeyFile(),
                    config.privateKey(), config.certificateFile(), config.agentAuth(), "");
            relaxTimeout(client);
            if (bastion != null) {
                relaxTimeout(bastion);
            }
            client.getTransport().setTimeoutMs(millis(MAX_HANDSHAKE));
            return new SshConnection(client, bastion, negotiated[0]);
        } catch (CommunicatorException e) {
            closeAll(client, bastion);
            throw e;
        } catch (TransportException e) {
            closeAll(client, bastion);
            if (hostKeys.mismatch() != null) {
                throw new CommunicatorException(hostKeys.mismatch(), false, e);
            }
            throw new CommunicatorException(SshFailures.reason(e), true, e);
        } catch (IOException | RuntimeException e) {
            closeAll(client, bastion);
            throw new CommunicatorException(SshFailures.reason(e), true, e);
        }
    }

    private SSHClient newClient(int handshakeMs, int connectMs) {
        SSHClient client = new SSHClient(SshTuning.config(config));
        client.setConnectTimeout(connectMs);
        client.getTransport().setTimeoutMs(handshakeMs);
        client.getConnection().setWindowSize(SshTuning.WINDOW_SIZE);
        client.getConnection().setMaxPacketSize(SshTuning.MAX_PACKET_SIZE);
        long keepAlive = config.keepAliveInterval().toSeconds();
        client.getConnection().getKeepAlive().setKeepAliveInterval(keepAlive > 0 ? (int) Math.max(1, keepAlive) : 0);
        // bounded socket reads while connecting: a server that accepts TCP but never sends its SSH banner must
        // not block the wait for SSH long past ssh_timeout (at least 2 s, so that the last attempt before the
        // deadline still sees a slow server's real answer); relaxed to ssh_read_write_timeout once authenticated
        client.setTimeout(Math.max(handshakeMs, MIN_READ_MS));
        return client;
    }

    /** After authentication: socket reads wait {@code ssh_read_write_timeout} (0 = without limit). */
    private void relaxTimeout(SSHClient client) throws java.net.SocketException {
        int rw = !config.readWriteTimeout().isZero() && !config.readWriteTimeout().isNegative()
                ? millis(config.readWriteTimeout()) : 0;
        client.setTimeout(rw);
        if (client.getSocket() != null) {
            client.getSocket().setSoTimeout(rw);
        }
    }

    private void useProxy(SSHClient client, int connectMs) {
        Socks5SocketFactory socks = new Socks5SocketFactory(config.proxy());
        client.setSocketFactory(new SocketFactory() {
            @Override
            public Socket createSocket() throws IOException {
                try {
                    return socks.connectedSocket(config.host(), config.port(), connectMs);
                } catch (IOException e) {
                    // no cause: the reason shown must stay "through SOCKS5 proxy ...", not the bare socket error
                    throw new IOException("through SOCKS5 proxy " + config.proxy().host() + ":"
                            + config.proxy().port() + ": " + SshFailures.reason(e));
                }
            }

            @Override
            public Socket createSocket(String host, int port) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Socket createSocket(String host, int port, InetAddress localHost, int localPort) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Socket createSocket(InetAddress host, int port) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) {
                throw new UnsupportedOperationException();
            }
        });
    }

    private SSHClient connectBastion(SshConfig.Bastion b, int connectMs, int handshakeMs)
            throws CommunicatorException {
        BastionHostKeyVerifier verifier;
        try {
            verifier = BastionHostKeyVerifier.of(b);
        } catch (IOException e) {
            throw new CommunicatorException(e.getMessage(), false, e);
        }
        SSHClient bastion = newClient(handshakeMs, connectMs);
        bastion.addHostKeyVerifier(verifier);
        try {
            bastion.connect(b.host(), b.port());
            authenticate(bastion, b.username() != null ? b.username() : config.username(), b.password(),
                    b.privateKeyFile(), null, b.certificateFile(), b.agentAuth(), "bastion ");
            return bastion;
        } catch (CommunicatorException e) {
            SshConnection.quietly(bastion);
            throw new CommunicatorException("bastion " + b.host() + ":" + b.port() + ": " + e.getMessage(),
                    e.retryable(), e);
        } catch (IOException | RuntimeException e) {
            SshConnection.quietly(bastion);
            if (verifier.failure() != null) {
                throw new CommunicatorException(verifier.failure(), false, e);
            }
            throw new CommunicatorException("bastion " + b.host() + ":" + b.port() + ": " + SshFailures.reason(e),
                    true, e);
        }
    }

    private DirectConnection openTunnel(SSHClient bastion) throws CommunicatorException {
        try {
            return bastion.newDirectConnection(config.host(), config.port());
        } catch (IOException e) {
            throw new CommunicatorException("bastion could not open a connection to " + config.host() + ":"
                    + config.port() + ": " + SshFailures.reason(e), true, e);
        }
    }

    private static void authenticate(SSHClient client, String username, String password, Path keyFile,
            String keyText, Path certificateFile, boolean agent, String what) throws IOException {
        List<AuthMethod> methods = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (KeyProvider key : keys(client, keyFile, keyText, certificateFile, what)) {
            methods.add(new AuthPublickey(key));
            if (!names.contains("publickey")) {
                names.add("publickey");
            }
        }
        if (agent) {
            List<AuthMethod> agentMethods = SshAgent.authMethods(what);
            methods.addAll(agentMethods);
            if (!agentMethods.isEmpty() && !names.contains("publickey")) {
                names.add("publickey");
            }
        }
        if (password != null) {
            methods.add(new AuthPassword(PasswordUtils.createOneOff(password.toCharArray())));
            methods.add(new AuthKeyboardInteractive(
                    new PasswordResponseProvider(PasswordUtils.createOneOff(password.toCharArray()))));
            names.add("password");
            names.add("keyboard-interactive");
        }
        if (methods.isEmpty()) {
            throw new CommunicatorException("no " + what + "SSH credentials: set ssh_" + what.replace(' ', '_')
                    + "password, ssh_" + what.replace(' ', '_') + "private_key_file or ssh_" + what.replace(' ', '_')
                    + "agent_auth (or let the builder create a temporary key pair)", false, null);
        }
        try {
            client.auth(username, methods);
        } catch (UserAuthException e) {
            String allowed = String.join(",", client.getUserAuth().getAllowedMethods());
            throw new SshAuthException("authentication failed: tried " + String.join(", ", names) + " for user "
                    + username + (allowed.isEmpty() ? "" : " (the server accepts " + allowed + ")"), e);
        }
    }

    private static List<KeyProvider> keys(SSHClient client, Path keyFile, String keyText, Path certificateFile,
            String what) throws CommunicatorException {
        List<KeyProvider> keys = new ArrayList<>();
        String field = "ssh_" + what.replace(' ', '_') + "private_key_file";
        String cert = null;
        if (certificateFile != null) {
            try {
                cert = Files.readString(certificateFile, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new CommunicatorException("ssh_" + what.replace(' ', '_') + "certificate_file is invalid: "
                        + e.getMessage(), false, e);
            }
        }
        if (keyFile != null) {
            try {
                keys.add(checked(withCertificate(client.loadKeys(Files.readString(keyFile, StandardCharsets.UTF_8),
                        null, null), cert)));
            } catch (IOException | RuntimeException e) {
                throw new CommunicatorException(field + " is invalid: " + keyFile + ": " + e.getMessage(), false, e);
            }
        }
        if (keyText != null) {
            try {
                keys.add(checked(withCertificate(client.loadKeys(keyText, null, null), keyFile == null ? cert : null)));
            } catch (IOException | RuntimeException e) {
                throw new CommunicatorException("the " + what + "private key is invalid: " + e.getMessage(), false, e);
            }
        }
        return keys;
    }

    private static KeyProvider withCertificate(KeyProvider key, String certificate) throws IOException {
        return certificate == null ? key : new CertifiedKeyProvider(key, certificate);
    }

    private static KeyProvider checked(KeyProvider key) throws IOException {
        key.getPublic();
        key.getPrivate();
        return key;
    }

    private static void closeAll(SSHClient client, SSHClient bastion) {
        SshConnection.quietly(client);
        if (bastion != null) {
            SshConnection.quietly(bastion);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) < 0 ? a : b;
    }

    private static int millis(Duration d) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, d.toMillis()));
    }
}
