package io.jenkins.plugins.packer.engine.communicator.ssh;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real OpenSSH {@code sshd} for tests, as shared/study/10-sshd-start.sh: its own config, host keys and
 * authorized_keys in a temporary directory, {@code -D} in the foreground on a free port, started as our child
 * and stopped by PID (with every session process under it). Options:
 * <ul>
 * <li>password login for a throw-away user that exists only inside a private mount namespace (copies of
 * /etc/passwd and /etc/shadow bind-mounted over the real ones for this sshd alone: nothing on the machine
 * changes);</li>
 * <li>running inside a network namespace ({@link NetNs}).</li>
 * </ul>
 * Root is required (sshd privilege separation); {@link SshdExtension} skips tests otherwise.
 */
public final class OpenSshServer implements AutoCloseable {

    public static final Path SSHD = Path.of("/usr/sbin/sshd");
    public static final String TEST_USER = "jpackertest";
    static final int TEST_UID = 48213;

    private final Path dir;
    private final String listen;
    private final int port;
    private final boolean passwordUser;
    private final String password;
    private final NetNs netns;
    private final List<String> extraConfig;
    private Process process;
    private int generation;

    private OpenSshServer(Path dir, String listen, int port, String password, NetNs netns, List<String> extraConfig) {
        this.dir = dir;
        this.listen = listen;
        this.port = port;
        this.password = password;
        this.passwordUser = password != null;
        this.netns = netns;
        this.extraConfig = extraConfig;
    }

    /** Options for a new server. */
    public static final class Options {
        String password;
        NetNs netns;
        boolean netnsLoopback;
        List<String> authorizedKeys = new ArrayList<>();
        List<String> extraConfig = new ArrayList<>();

        /** Also allow password login for {@link #TEST_USER} with this password (mount-namespace user). */
        public Options password(String p) {
            password = p;
            return this;
        }

        public Options inNetns(NetNs ns) {
            netns = ns;
            return this;
        }

        /** Inside {@code ns}, listening on the namespace's own loopback: unreachable from this host. */
        public Options inNetnsLoopback(NetNs ns) {
            netns = ns;
            netnsLoopback = true;
            return this;
        }

        /** An authorized_keys line (for root, and for the test user). */
        public Options authorize(String publicKeyLine) {
            authorizedKeys.add(publicKeyLine);
            return this;
        }

        public Options config(String line) {
            extraConfig.add(line);
            return this;
        }
    }

    public static OpenSshServer start(Path dir, Options o) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Files.createDirectories(Path.of("/run/sshd"));
        String listen = o.netns != null && !o.netnsLoopback ? o.netns.innerAddress() : "127.0.0.1";
        int port = o.netns != null && !o.netnsLoopback ? 22 : freePort();
        OpenSshServer s = new OpenSshServer(dir, listen, port, o.password, o.netns, o.extraConfig);
        Files.write(dir.resolve("authorized_keys"), o.authorizedKeys, StandardCharsets.UTF_8);
        s.newHostKeys();
        s.writeConfig();
        if (s.passwordUser) {
            s.writeUserFiles(o.authorizedKeys);
        }
        s.launch();
        return s;
    }

    public String host() {
        return listen;
    }

    public int port() {
        return port;
    }

    public Path dir() {
        return dir;
    }

    /** The user's home inside the server's mount namespace (password mode only). */
    public Path testUserHome() {
        return dir.resolve("home");
    }

    /** The server's current ed25519 host key fingerprint, as ssh-keygen prints it. */
    public String hostKeyFingerprint() throws IOException, InterruptedException {
        String out = Tools.run("ssh-keygen", "-l", "-E", "sha256", "-f",
                dir.resolve("host_ed25519_key.pub").toString());
        return out.split(" ")[1];
    }

    /** Replaces the host keys by new ones (effective at the next {@link #restart()}). */
    public void newHostKeys() throws IOException, InterruptedException {
        generation++;
        for (String type : new String[] {"ed25519", "rsa"}) {
            Path key = dir.resolve("host_" + type + "_key");
            Files.deleteIfExists(key);
            Files.deleteIfExists(dir.resolve("host_" + type + "_key.pub"));
            Tools.run("ssh-keygen", "-q", "-t", type, "-N", "", "-C", "host-" + generation, "-f", key.toString());
        }
    }

    private void writeConfig() throws IOException, InterruptedException {
        List<String> c = new ArrayList<>(List.of(
                "Port " + port,
                "ListenAddress " + listen,
                "HostKey " + dir.resolve("host_ed25519_key"),
                "HostKey " + dir.resolve("host_rsa_key"),
                "PidFile none",
                "AuthorizedKeysFile .ssh/authorized_keys " + dir.resolve("authorized_keys"),
                "PermitRootLogin " + (passwordUser ? "yes" : "prohibit-password"),
                "PasswordAuthentication " + (passwordUser ? "yes" : "no"),
                "KbdInteractiveAuthentication no",
                "UsePAM no",
                "StrictModes no",
                "Subsystem sftp /usr/lib/openssh/sftp-server",
                "LogLevel VERBOSE",
                "MaxSessions 50",
                "MaxStartups 50:30:100",
                "AllowTcpForwarding yes"));
        c.addAll(extraConfig);
        Files.write(dir.resolve("sshd_config"), c, StandardCharsets.UTF_8);
        Tools.run(SSHD.toString(), "-t", "-f", dir.resolve("sshd_config").toString());
    }

    private void writeUserFiles(List<String> keys) throws IOException, InterruptedException {
        String hash = Tools.run("openssl", "passwd", "-6", password).trim();
        Path home = testUserHome();
        // the user must be able to reach its home and the shared authorized_keys under the test directory
        for (Path p = dir; p != null && p.startsWith(Path.of(System.getProperty("java.io.tmpdir"))); p = p.getParent()) {
            if (!p.equals(Path.of(System.getProperty("java.io.tmpdir")))) {
                Tools.run("chmod", "go+rx", p.toString());
            }
        }
        Files.createDirectories(home.resolve(".ssh"));
        Files.write(home.resolve(".ssh/authorized_keys"), keys, StandardCharsets.UTF_8);
        Tools.run("chown", "-R", TEST_UID + ":" + TEST_UID, home.toString());
        String passwd = Files.readString(Path.of("/etc/passwd")) + TEST_USER + ":x:" + TEST_UID + ":" + TEST_UID
                + "::" + home + ":/bin/sh\n";
        String shadow = Files.readString(Path.of("/etc/shadow")) + TEST_USER + ":" + hash + ":19000:0:99999:7:::\n";
        Files.writeString(dir.resolve("passwd"), passwd);
        Files.writeString(dir.resolve("shadow"), shadow);
    }

    private void launch() throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        if (netns != null) {
            cmd.addAll(List.of("ip", "netns", "exec", netns.name()));
        }
        String sshd = SSHD + " -D -f " + dir.resolve("sshd_config") + " -E " + dir.resolve("sshd.log");
        if (passwordUser) {
            cmd.addAll(List.of("unshare", "--mount", "--propagation", "private", "sh", "-c",
                    "mount --bind " + dir.resolve("passwd") + " /etc/passwd && mount --bind " + dir.resolve("shadow")
                            + " /etc/shadow && exec " + sshd));
        } else {
            cmd.addAll(List.of(sshd.split(" ")));
        }
        process = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dir.resolve("sshd.stdout").toFile()).start();
        awaitBanner();
    }

    private void awaitBanner() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("sshd exited with " + process.exitValue() + ": "
                        + Files.readString(dir.resolve("sshd.stdout")) + Tools.tail(dir.resolve("sshd.log")));
            }
            if (netns != null && listen.equals("127.0.0.1")) {
                // not reachable from here: trust sshd's own log line
                if (Tools.tail(dir.resolve("sshd.log")).contains("Server listening on 127.0.0.1 port " + port)) {
                    return;
                }
                Thread.sleep(50);
                continue;
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(listen, port), 500);
                s.setSoTimeout(2000);
                InputStream in = s.getInputStream();
                byte[] b = new byte[4];
                if (in.readNBytes(b, 0, 4) == 4 && new String(b, StandardCharsets.US_ASCII).equals("SSH-")) {
                    return;
                }
            } catch (IOException e) {
                Thread.sleep(50);
            }
        }
        throw new IOException("sshd did not answer on " + listen + ":" + port + " within 10 s");
    }

    /** The PID of the listening sshd. */
    public long pid() {
        return process.pid();
    }

    /** Kills the listener and every session process at once (SIGKILL), as a crash or power loss would. */
    public void kill() throws InterruptedException {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
            process.descendants().forEach(ProcessHandle::destroyForcibly);
        }
    }

    /** Starts the server again on the same address and port with its current host keys. */
    public void restart() throws IOException, InterruptedException {
        kill();
        writeConfig();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (true) {
            try {
                launch();
                return;
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }

    /** The sshd log (for failure messages). */
    public String log() {
        return Tools.tail(dir.resolve("sshd.log"));
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            if (!process.waitFor(3, TimeUnit.SECONDS)) {
                kill();
            }
            process.descendants().forEach(ProcessHandle::destroyForcibly);
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
