package io.jenkins.plugins.packer.engine.communicator.ssh;

import io.jenkins.plugins.packer.engine.communicator.StatusSink;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Shared bits of the SSH tests. */
final class SshTestSupport {

    private SshTestSupport() {
    }

    /** A status sink that keeps the messages. */
    static final class Messages implements StatusSink {
        final List<String> all = new CopyOnWriteArrayList<>();

        @Override
        public void say(String message) {
            all.add(message);
        }
    }

    /** Root with a key on a loopback server, short waits. */
    static SshConfig.Builder rootWithKey(OpenSshServer server, Path key) {
        return SshConfig.builder().host(server.host()).port(server.port()).username("root").privateKeyFile(key)
                .timeout(Duration.ofSeconds(20));
    }
}
