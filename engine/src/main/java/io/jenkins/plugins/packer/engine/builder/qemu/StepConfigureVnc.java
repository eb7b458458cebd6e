package io.jenkins.plugins.packer.engine.builder.qemu;

import io.jenkins.plugins.packer.engine.net.PortRange;
import io.jenkins.plugins.packer.engine.step.Step;
import io.jenkins.plugins.packer.engine.step.StepContext;
import java.security.SecureRandom;
import java.util.Random;
import java.util.Set;

/**
 * Packer's {@code stepConfigureVNC}: a free port in {@code vnc_port_min..max} on {@code vnc_bind_address} and,
 * with {@code vnc_use_password}, a random 8-character password (VNC authentication uses at most 8), registered
 * as a secret so it never shows in logs.
 */
final class StepConfigureVnc implements Step {

    private static final String PASSWORD_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private final QemuSettings s;
    private final io.jenkins.plugins.packer.engine.secret.SecretMasker masker;

    StepConfigureVnc(QemuSettings s, io.jenkins.plugins.packer.engine.secret.SecretMasker masker) {
        this.s = s;
        this.masker = masker;
    }

    @Override
    public void run(StepContext ctx) throws Exception {
        QemuConfig c = s.config();
        ctx.log().log("Looking for available port between " + c.vncPortMin() + " and " + c.vncPortMax() + " on "
                + c.vncBindAddress());
        int port = pick(s, Set.of());
        ctx.log().log("Found available VNC port: " + port + " on IP: " + c.vncBindAddress());
        ctx.state().put(QemuState.VNC_PORT, port);
        if (c.vncUsePassword()) {
            SecureRandom r = new SecureRandom();
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                sb.append(PASSWORD_CHARS.charAt(r.nextInt(PASSWORD_CHARS.length())));
            }
            if (masker != null) {
                masker.register(sb.toString());
            }
            ctx.state().put(QemuState.VNC_PASSWORD, sb.toString());
        }
    }

    static int pick(QemuSettings s, Set<Integer> avoid) throws java.io.IOException {
        return new PortRange(s.config().vncPortMin(), s.config().vncPortMax()).pickFree(s.config().vncBindAddress(),
                new Random(), avoid);
    }

    @Override
    public String name() {
        return "stepConfigureVNC";
    }
}
