package io.jenkins.plugins.packer.engine.builder.qemu;

import io.jenkins.plugins.packer.engine.net.PortRange;
import io.jenkins.plugins.packer.engine.step.Step;
import io.jenkins.plugins.packer.engine.step.StepContext;
import java.util.Random;
import java.util.Set;

/**
 * Packer's {@code stepPortForward}: picks a free host port in {@code host_port_min..max} for QEMU's user-mode
 * forward to the guest's SSH port. Bound on {@code host_port_bind_address} (loopback by default; Packer forwards
 * on every interface). The port is held by QEMU from its start until it exits; if another process takes it in
 * between, the run step picks again.
 */
final class StepPortForward implements Step {

    private final QemuSettings s;

    StepPortForward(QemuSettings s) {
        this.s = s;
    }

    @Override
    public void run(StepContext ctx) throws Exception {
        int port = pick(s, Set.of());
        ctx.ui().say("Looking for available communicator (SSH, WinRM, etc) port between " + s.hostPortMin()
                + " and " + s.hostPortMax());
        ctx.log().log("Found available port: " + port + " on IP: " + s.config().hostPortBindAddress());
        ctx.state().put(QemuState.SSH_HOST_PORT, port);
    }

    static int pick(QemuSettings s, Set<Integer> avoid) throws java.io.IOException {
        return new PortRange(s.hostPortMin(), s.hostPortMax()).pickFree(s.config().hostPortBindAddress(),
                new Random(), avoid);
    }

    @Override
    public String name() {
        return "stepPortForward";
    }
}
