package io.jenkins.plugins.packer.engine.communicator.ssh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives each test real OpenSSH servers (and network namespaces) and stops them after the test by PID,
 * whether it passed or failed. Skips the test with a clear message when {@code /usr/sbin/sshd} is missing
 * or we are not root (sshd's privilege separation needs root). Register with
 * {@code @RegisterExtension final SshdExtension sshd = new SshdExtension();}.
 */
public final class SshdExtension implements BeforeEachCallback, AfterEachCallback {

    private final Deque<AutoCloseable> resources = new ArrayDeque<>();
    private Path dir;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(OpenSshServer.SSHD),
                "OpenSSH server not installed (/usr/sbin/sshd missing): apt-get install openssh-server");
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
                "the OpenSSH test server needs root (sshd privilege separation); running as "
                        + System.getProperty("user.name"));
        dir = Files.createTempDirectory("jpacker-sshd-");
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        while (!resources.isEmpty()) {
            resources.pop().close();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** A scratch directory removed after the test. */
    public Path dir() {
        return dir;
    }

    /** Starts a server with the given options; it is stopped after the test. */
    public OpenSshServer start(String name, OpenSshServer.Options options) throws IOException, InterruptedException {
        OpenSshServer server = OpenSshServer.start(dir.resolve(name), options);
        resources.push(server);
        return server;
    }

    /** A network namespace removed after the test; skips the test if namespaces cannot be created here. */
    public NetNs netns() throws InterruptedException {
        String[] why = new String[1];
        NetNs ns = NetNs.create(why);
        Assumptions.assumeTrue(ns != null, () -> "cannot create a network namespace here: " + why[0]);
        resources.push(ns);
        return ns;
    }

    /** Registers anything else to close after the test (communicators, processes). */
    public <T extends AutoCloseable> T closeLater(T resource) {
        resources.push(resource);
        return resource;
    }
}
