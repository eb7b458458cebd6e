package io.jenkins.plugins.packer.engine.builder.qemu;

import io.jenkins.plugins.packer.engine.bootcommand.BootAction;
import io.jenkins.plugins.packer.engine.bootcommand.BootCommandParser;
import io.jenkins.plugins.packer.engine.bootcommand.BootCommandTyper;
import io.jenkins.plugins.packer.engine.bootcommand.KeyEventSink;
import io.jenkins.plugins.packer.engine.communicator.connect.ConnectState;
import io.jenkins.plugins.packer.engine.component.BuildInfo;
import io.jenkins.plugins.packer.engine.component.Placeholders;
import io.jenkins.plugins.packer.engine.config.GoDuration;
import io.jenkins.plugins.packer.engine.gotemplate.GoTemplateException;
import io.jenkins.plugins.packer.engine.step.Step;
import io.jenkins.plugins.packer.engine.step.StepContext;
import io.jenkins.plugins.packer.engine.vnc.RfbClient;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Packer's {@code stepTypeBootCommand}: waits until {@code boot_wait} has passed since QEMU started, connects to QEMU's VNC server and types
 * {@code boot_command} (or each of {@code boot_steps}, announcing its description) with the template values
 * {@code HTTPIP}, {@code HTTPPort}, {@code Name} and {@code SSHPublicKey} rendered first. Skipped with
 * {@code disable_vnc}. A cancelled build stops waiting and typing at once.
 */
final class StepTypeBootCommand implements Step {

    /** How the step reaches the guest's keyboard; tests record the key events. */
    @FunctionalInterface
    interface KeyboardConnector {
        Keyboard connect(String host, int port, String password) throws IOException;
    }

    /** A connected keyboard. */
    interface Keyboard extends KeyEventSink, AutoCloseable {
        @Override
        void close();
    }

    /** The real connector: an {@link RfbClient}. */
    static final KeyboardConnector VNC = (host, port, password) -> {
        RfbClient c = RfbClient.connect(host, port, password, 10_000);
        return new Keyboard() {
            @Override
            public void keyEvent(int keysym, boolean down) throws IOException {
                c.keyEvent(keysym, down);
            }

            @Override
            public void close() {
                c.close();
            }
        };
    };

    private final QemuSettings s;
    private final BuildInfo info;
    private final Duration keyInterval;
    private final KeyboardConnector connector;
    private final BootCommandTyper.Sleeper sleeper;

    StepTypeBootCommand(QemuSettings s, BuildInfo info, Duration keyInterval, KeyboardConnector connector,
            BootCommandTyper.Sleeper sleeper) {
        this.s = s;
        this.info = info;
        this.keyInterval = keyInterval;
        this.connector = connector;
        this.sleeper = sleeper;
    }

    @Override
    public void run(StepContext ctx) throws Exception {
        QemuConfig c = s.config();
        if (c.disableVnc()) {
            ctx.log().log("Skipping boot command step...");
            return;
        }
        Duration wait = c.bootWait();
        if (wait != null && !wait.isNegative() && !wait.isZero()) {
            ctx.ui().say("Waiting " + GoDuration.format(wait) + " for boot...");
            // counted from QEMU's start, as Packer's wait starts right after launching it (QMP took some of it)
            long since = ctx.state().get(QemuState.STARTED_NANOS).map(t -> System.nanoTime() - t).orElse(0L);
            Duration left = wait.minusNanos(Math.max(0, since));
            if (!left.isNegative() && !left.isZero()) {
                sleeper.sleep(left);
            }
        }
        List<List<String>> steps = steps(c);
        if (steps.isEmpty()) {
            return;
        }
        String host = c.vncBindAddress().equals("0.0.0.0") ? "127.0.0.1" : c.vncBindAddress();
        int port = ctx.state().require(QemuState.VNC_PORT);
        ctx.ui().say("Connecting to VM via VNC (" + c.vncBindAddress() + ":" + port + ")");
        Keyboard keyboard;
        try {
            keyboard = connector.connect(host, port, ctx.state().get(QemuState.VNC_PASSWORD).orElse(null));
        } catch (IOException e) {
            throw new IOException("Error connecting to VNC: " + e.getMessage(), e);
        }
        try (keyboard; var r = ctx.cancel().onCancel(keyboard::close)) {
            BootCommandTyper typer = new BootCommandTyper(keyboard, keyInterval, sleeper);
            ctx.ui().say("Typing the boot commands over VNC...");
            Map<String, Object> data = templateData(ctx);
            for (List<String> step : steps) {
                if (step.isEmpty()) {
                    continue;
                }
                if (step.size() >= 2 && !step.get(1).isEmpty()) {
                    ctx.ui().say("Typing boot command for: " + step.get(1));
                }
                String command;
                try {
                    command = Placeholders.render(step.get(0), data, info);
                } catch (GoTemplateException e) {
                    throw new IOException("Error preparing boot command: " + e.getMessage(), e);
                }
                List<BootAction> actions = BootCommandParser.parse(command);
                try {
                    typer.type(actions);
                } catch (IOException e) {
                    throw new IOException("Error running boot command: " + e.getMessage(), e);
                }
            }
        }
    }

    private static List<List<String>> steps(QemuConfig c) {
        String flat = String.join("", c.bootCommand());
        if (!flat.isEmpty()) {
            return List.of(List.of(flat));
        }
        return new ArrayList<>(c.bootSteps());
    }

    private Map<String, Object> templateData(StepContext ctx) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("HTTPIP", ctx.state().get(QemuState.HTTP_IP).orElse(""));
        data.put("HTTPPort", ctx.state().get(QemuState.HTTP_PORT).orElse(0));
        data.put("Name", s.vmName());
        data.put("SSHPublicKey", ctx.state().get(ConnectState.KEY_PAIR).map(k -> k.publicKey().strip()).orElse(""));
        return data;
    }

    @Override
    public String name() {
        return "stepTypeBootCommand";
    }
}
