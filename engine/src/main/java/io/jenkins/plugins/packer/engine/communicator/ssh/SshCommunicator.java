package io.jenkins.plugins.packer.engine.communicator.ssh;

import io.jenkins.plugins.packer.engine.communicator.Communicator;
import io.jenkins.plugins.packer.engine.communicator.CommunicatorException;
import io.jenkins.plugins.packer.engine.communicator.RemoteCommand;
import io.jenkins.plugins.packer.engine.communicator.RemoteProcess;
import io.jenkins.plugins.packer.engine.communicator.StatusSink;
import io.jenkins.plugins.packer.engine.communicator.TransferPaths;
import io.jenkins.plugins.packer.engine.communicator.TransferProgress;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.PublicKey;
import java.util.List;
import java.util.Map;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.connection.channel.direct.PTYMode;
import net.schmizz.sshj.connection.channel.direct.Session;
import net.schmizz.sshj.sftp.Response;
import net.schmizz.sshj.sftp.SFTPClient;
import net.schmizz.sshj.sftp.SFTPException;

/**
 * The SSH communicator (sshj). {@link #connect} waits for the host as Packer's {@code StepConnectSSH} does;
 * afterwards every operation uses the live connection, or reconnects once if it dropped (the machine
 * rebooted), always checking the host key pinned at the first connection.
 *
 * <p>Thread-safe: commands and transfers may run concurrently on one connection.
 */
public final class SshCommunicator implements Communicator {

    /**
     * Uploads up to this size (scripts, variable files) go through the connection's shared SFTP session when
     * the server has one, whatever {@code ssh_file_transfer_method} says (OpenSSH 9's own {@code scp} uses SFTP
     * too): it saves a remote process per file. Without an SFTP subsystem the configured method is used.
     */
    private static final long SMALL_FILE = 1 << 20;

    private final SshConfig config;
    private final PinnedHostKeyVerifier hostKeys;
    private final SshConnector connector;
    private SshConnection connection;
    private SshTunnels tunnels;
    private boolean closed;

    private SshCommunicator(SshConfig config) {
        this.config = config;
        this.hostKeys = new PinnedHostKeyVerifier(config.hostKeyFingerprint());
        this.connector = new SshConnector(config, hostKeys);
    }

    /**
     * Starts compiling the cipher and MAC code on a background thread now (once per JVM; {@link #connect}
     * does it anyway). A caller that knows it will wait a while before connecting, such as a builder waiting
     * for its VM to boot, calls this first so that the compilation overlaps the wait instead of the key
     * exchange.
     */
    public static void warmUpCrypto() {
        CryptoWarmup.start();
    }

    /**
     * Waits until the host accepts an SSH connection and our credentials, for at most {@code ssh_timeout},
     * trying once a second and reporting each new reason for failure to {@code status}
     * (see {@link SshWait}).
     *
     * @throws CommunicatorException on timeout ("Timeout waiting for SSH ... last error: ..."), after
     *         {@code ssh_handshake_attempts} authentication failures, or at once for a failure that waiting
     *         cannot fix (changed host key, unreadable key file)
     */
    public static SshCommunicator connect(SshConfig config, StatusSink status) throws CommunicatorException {
        List<String> errors = config.validate();
        if (!errors.isEmpty()) {
            throw new CommunicatorException(String.join("\n", errors));
        }
        if (config.agentAuth()) {
            SshAgent.check("");
        }
        if (config.bastion() != null && config.bastion().agentAuth()) {
            SshAgent.check("bastion ");
        }
        CryptoWarmup.start();
        SshCommunicator communicator = new SshCommunicator(config);
        SshConnection first = new SshWait(config, status).await(communicator.connector::connect);
        synchronized (communicator) {
            communicator.connection = first;
            try {
                communicator.tunnels = SshTunnels.open(first.client(), config);
            } catch (CommunicatorException e) {
                first.close();
                throw e;
            }
        }
        return communicator;
    }

    @Override
    public String type() {
        return "ssh";
    }

    /** The settings this communicator was made with. */
    public SshConfig config() {
        return config;
    }

    /** The build host's key pinned at the first connection. */
    public PublicKey hostKey() {
        return hostKeys.pinned();
    }

    /** The pinned host key's fingerprint, {@code SHA256:...}. */
    public String hostKeyFingerprint() {
        PublicKey key = hostKeys.pinned();
        return key == null ? null : HostKeys.sha256Fingerprint(key);
    }

    /** The algorithms of the current connection, e.g. "curve25519-sha256, host key ssh-ed25519, cipher ...". */
    public synchronized String negotiatedAlgorithms() {
        return connection == null ? null : connection.algorithms();
    }

    /** The local port bound by the {@code index}-th {@code ssh_local_tunnels} entry. */
    public synchronized int localTunnelPort(int index) {
        return tunnels.localPort(index);
    }

    /**
     * The live connection; if it dropped, one reconnection attempt. A failure to reconnect is
     * {@link CommunicatorException#retryable() retryable} (wrap calls in
     * {@link io.jenkins.plugins.packer.engine.communicator.StartRetry} to wait for a reboot), except a changed
     * host key.
     */
    synchronized SSHClient client() throws CommunicatorException {
        return live().client();
    }

    /** The live connection, reconnecting once if it dropped (see {@link #client()}). */
    private synchronized SshConnection live() throws CommunicatorException {
        if (closed) {
            throw new CommunicatorException("the SSH communicator is closed");
        }
        if (connection != null && connection.isAlive()) {
            return connection;
        }
        if (tunnels != null) {
            tunnels.close();
            tunnels = null;
        }
        if (connection != null) {
            connection.close();
            connection = null;
        }
        SshConnection fresh;
        try {
            fresh = connector.connect(config.timeout());
        } catch (CommunicatorException e) {
            throw new CommunicatorException("cannot reconnect to " + config.host() + ":" + config.port() + ": "
                    + e.getMessage(), e.retryable(), e);
        }
        tunnels = SshTunnels.open(fresh.client(), config);
        connection = fresh;
        return fresh;
    }

    @Override
    public RemoteProcess start(RemoteCommand command) throws IOException {
        SSHClient client = client();
        Session session;
        try {
            session = client.startSession();
        } catch (IOException e) {
            throw new CommunicatorException("cannot open an SSH session: " + SshFailures.reason(e), true, e);
        }
        try {
            if (config.pty()) {
                session.allocatePTY("xterm", 80, 40, 0, 0,
                        Map.of(PTYMode.ECHO, 0, PTYMode.TTY_OP_ISPEED, 14400, PTYMode.TTY_OP_OSPEED, 14400));
            }
            return new SshRemoteProcess(command, session, session.exec(command.command()));
        } catch (IOException | RuntimeException e) {
            session.close();
            throw new CommunicatorException("cannot start \"" + command.command() + "\": " + SshFailures.reason(e),
                    true, e);
        }
    }

    @Override
    public void upload(String destination, InputStream content, long size, int mode, TransferProgress progress)
            throws IOException {
        if (size < 0 && config.fileTransferMethod() == SshConfig.FileTransferMethod.SCP) {
            // SCP announces the size before the data: spool to a temporary file (streamed, not in memory)
            Path spool = Files.createTempFile("jpacker-upload", ".tmp");
            try {
                Files.copy(content, spool, StandardCopyOption.REPLACE_EXISTING);
                try (InputStream in = Files.newInputStream(spool)) {
                    upload(destination, in, Files.size(spool), mode, progress);
                }
            } finally {
                Files.deleteIfExists(spool);
            }
            return;
        }
        SshConnection conn = live();
        SSHClient client = conn.client();
        transfer("upload to " + destination, () -> {
            SFTPClient shared = size >= 0 && size <= SMALL_FILE ? conn.sideChannel() : null;
            if (shared != null) {
                synchronized (shared) {
                    SftpTransfer.upload(shared, destination, content, size, mode, progress);
                }
            } else if (config.fileTransferMethod() == SshConfig.FileTransferMethod.SFTP) {
                SftpTransfer.upload(client, destination, content, size, mode, progress);
            } else {
                ScpTransfer.upload(client, destination, content, size, mode, progress);
            }
        });
    }

    @Override
    public void upload(String destination, Path file, TransferProgress progress) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new CommunicatorException("cannot upload " + file + ": not a regular file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            upload(destination, in, Files.size(file), LocalFiles.mode(file), progress);
        }
    }

    @Override
    public void uploadDir(String destination, String source, List<String> exclude, TransferProgress progress)
            throws IOException {
        Path dir = Path.of(source);
        if (!Files.isDirectory(dir)) {
            throw new CommunicatorException("cannot upload " + source + ": not a directory");
        }
        boolean contents = TransferPaths.copiesContents(source);
        SSHClient client = client();
        transfer("upload of " + source + " to " + destination, () -> {
            if (config.fileTransferMethod() == SshConfig.FileTransferMethod.SFTP) {
                SftpTransfer.uploadDir(client, destination, dir, contents, exclude, progress);
            } else {
                ScpTransfer.uploadDir(client, destination, dir, contents, exclude, progress);
            }
        });
    }

    @Override
    public void download(String source, OutputStream out, TransferProgress progress) throws IOException {
        SSHClient client = client();
        transfer("download of " + source, () -> {
            if (config.fileTransferMethod() == SshConfig.FileTransferMethod.SFTP) {
                SftpTransfer.download(client, source, out, progress);
            } else {
                ScpTransfer.download(client, source, out, progress);
            }
        });
    }

    @Override
    public void downloadDir(String source, Path destination, List<String> exclude, TransferProgress progress)
            throws IOException {
        Files.createDirectories(destination);
        SSHClient client = client();
        transfer("download of " + source, () -> {
            if (config.fileTransferMethod() == SshConfig.FileTransferMethod.SFTP) {
                SftpTransfer.downloadDir(client, source, destination, exclude, progress);
            } else {
                ScpTransfer.downloadDir(client, source, destination, exclude, progress);
            }
        });
    }

    /**
     * A local TCP port that reaches the build host's SSH endpoint the way this communicator does: through the
     * bastion when {@code ssh_bastion_host} is set, so that other SSH clients (ansible) can follow; null when
     * the endpoint is reached directly (connect to {@code ssh_host}:{@code ssh_port} yourself). A SOCKS5
     * {@code ssh_proxy_host} is not followed (null too).
     */
    public EndpointForward forwardEndpoint() throws IOException {
        SshConnection conn = live();
        if (conn.bastion() == null) {
            return null;
        }
        return EndpointForward.open(conn.bastion(), config.host(), config.port());
    }

    /**
     * Removes the files over the connection's shared SFTP session when the server has one (no remote process
     * is started, see {@link SshConnection#sideChannel()}), else with {@code rm -f}. Missing files are fine.
     */
    @Override
    public void remove(List<String> paths) throws IOException {
        SshConnection conn = live();
        SFTPClient sftp = conn.sideChannel();
        if (sftp == null) {
            Communicator.super.remove(paths);
            return;
        }
        transfer("removal of " + String.join(", ", paths), () -> {
            synchronized (sftp) {
                for (String p : paths) {
                    try {
                        sftp.rm(RemoteShell.sftpPath(p));
                    } catch (SFTPException e) {
                        if (e.getStatusCode() != Response.StatusCode.NO_SUCH_FILE) {
                            throw new CommunicatorException("cannot remove " + p + ": " + e.getMessage(), false, e);
                        }
                    }
                }
            }
        });
    }

    /**
     * Removes the lines ending in {@code keyComment} (the temporary key pair's name) from the remote user's
     * {@code ~/.ssh/authorized_keys}, as Packer's {@code ssh_clear_authorized_keys} cleanup does.
     */
    public void clearAuthorizedKeys(String keyComment) throws IOException {
        String pattern = keyComment.replaceAll("[^A-Za-z0-9_.-]", ".");
        String cmd = "sed -i.bak '/ " + pattern + "$/d' ~/.ssh/authorized_keys; rm -f ~/.ssh/authorized_keys.bak";
        var result = run(RemoteCommand.of(cmd));
        if (!result.success()) {
            throw new CommunicatorException("error cleaning up ~/.ssh/authorized_keys: " + result.describe());
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (tunnels != null) {
            tunnels.close();
        }
        if (connection != null) {
            connection.close();
        }
    }

    private interface Transfer {
        void run() throws IOException;
    }

    private static void transfer(String what, Transfer transfer) throws IOException {
        try {
            transfer.run();
        } catch (CommunicatorException e) {
            throw e;
        } catch (IOException e) {
            throw new CommunicatorException(what + " failed: " + SshFailures.reason(e), true, e);
        }
    }
}
