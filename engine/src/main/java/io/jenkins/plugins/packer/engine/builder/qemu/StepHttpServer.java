package io.jenkins.plugins.packer.engine.builder.qemu;

import io.jenkins.plugins.packer.engine.httpserver.HttpSeedServer;
import io.jenkins.plugins.packer.engine.net.PortRange;
import io.jenkins.plugins.packer.engine.step.Step;
import io.jenkins.plugins.packer.engine.step.StepContext;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Packer's {@code StepHTTPServer} and {@code stepHTTPIPDiscover}: serves {@code http_directory} or
 * {@code http_content} on a free port of {@code http_port_min..max} and works out the address the guest uses:
 * {@code http_callback_address} if set; with user-mode networking 10.0.2.2 (slirp's alias of the host's
 * loopback) unless {@code http_bind_address} names a specific non-loopback address, which the guest then uses.
 * Without files to serve no server starts and the port is 0, as in Packer.
 */
final class StepHttpServer implements Step {

    /** The host as seen from a guest on QEMU's user-mode network. */
    static final String SLIRP_HOST = "10.0.2.2";

    private final QemuSettings s;
    private HttpSeedServer server;

    StepHttpServer(QemuSettings s) {
        this.s = s;
    }

    @Override
    public void run(StepContext ctx) throws Exception {
        QemuConfig c = s.config();
        ctx.state().put(QemuState.HTTP_IP, guestAddress(c));
        if (!s.httpServer()) {
            ctx.state().put(QemuState.HTTP_PORT, 0);
            return;
        }
        Path dir = null;
        if (!QemuSettings.empty(c.httpDirectory())) {
            dir = s.resolve(c.httpDirectory());
            if (!Files.isDirectory(dir)) {
                throw new IOException("http_directory " + dir + " is not a directory");
            }
        }
        server = HttpSeedServer.start(c.httpBindAddress(), new PortRange(c.httpPortMin(), c.httpPortMax()), dir,
                c.httpContent(), line -> ctx.log().log("[http] " + line));
        ctx.ui().say("Starting HTTP server on port " + server.port());
        ctx.state().put(QemuState.HTTP_PORT, server.port());
    }

    static String guestAddress(QemuConfig c) {
        if (!QemuSettings.empty(c.httpCallbackAddress())) {
            return c.httpCallbackAddress();
        }
        String bind = c.httpBindAddress();
        if (bind != null && !bind.isEmpty() && !bind.equals("0.0.0.0") && !bind.equals("::")) {
            try {
                InetAddress a = InetAddress.getByName(bind);
                if (!a.isLoopbackAddress() && !a.isAnyLocalAddress()) {
                    return bind;
                }
            } catch (IOException e) {
                return bind;
            }
        }
        return SLIRP_HOST;
    }

    @Override
    public void cleanup(StepContext ctx) {
        if (server != null) {
            server.close();
        }
    }

    @Override
    public String name() {
        return "StepHTTPServer";
    }
}
