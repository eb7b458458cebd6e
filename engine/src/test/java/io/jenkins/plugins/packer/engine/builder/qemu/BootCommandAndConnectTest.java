package io.jenkins.plugins.packer.engine.builder.qemu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.packer.engine.component.BuildInfo;
import io.jenkins.plugins.packer.engine.step.StateBag;
import io.jenkins.plugins.packer.engine.step.StepContext;
import io.jenkins.plugins.packer.engine.testing.RecordingUi;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BootCommandAndConnectTest {

    @TempDir
    Path wd;

    private final RecordingUi ui = new RecordingUi();
    private final StateBag state = new StateBag();
    private final BuildInfo info = new BuildInfo("qemu.tiny", "tiny", "qemu", "uuid", Map.of());
    private final List<String> typed = new ArrayList<>();
    private final List<Duration> sleeps = new ArrayList<>();
    private final List<String> connections = new ArrayList<>();

    private final StepTypeBootCommand.KeyboardConnector keyboard = (host, port, password) -> {
        connections.add(host + ":" + port + (password == null ? "" : " pw"));
        return new StepTypeBootCommand.Keyboard() {
            @Override
            public void keyEvent(int keysym, boolean down) {
                if (down) {
                    typed.add(keysym < 0x100 ? String.valueOf((char) keysym) : "<" + Integer.toHexString(keysym) + ">");
                }
            }

            @Override
            public void close() {
                connections.add("closed");
            }
        };
    };

    private StepContext ctx() {
        state.put(QemuState.VNC_PORT, 5931);
        state.put(QemuState.HTTP_IP, "10.0.2.2");
        state.put(QemuState.HTTP_PORT, 8545);
        return QemuTestSupport.context(ui, state);
    }

    private void type(String extra) throws Exception {
        new StepTypeBootCommand(QemuTestSupport.settings(extra, wd), info, Duration.ofMillis(10), keyboard,
                sleeps::add).run(ctx());
    }

    @Test
    void waitsThenTypesTheRenderedCommand() throws Exception {
        type("boot_wait = \"3s\"\nboot_command = [\"linux seed=http://{{ .HTTPIP }}:{{ .HTTPPort }}/\", "
                + "\"{{ .Name }}<enter>\"]");
        assertThat(String.join("", typed)).isEqualTo("linux seed=http://10.0.2.2:8545/packer-tiny<ff0d>".replace(":",
                "<ffe1>:"));
        assertThat(sleeps.get(0)).isEqualTo(Duration.ofSeconds(3));
        assertThat(sleeps.subList(1, sleeps.size())).containsOnly(Duration.ofMillis(10));
        assertThat(connections).containsExactly("127.0.0.1:5931", "closed");
        assertThat(ui.lines()).containsExactly("say: Waiting 3s for boot...",
                "say: Connecting to VM via VNC (127.0.0.1:5931)", "say: Typing the boot commands over VNC...");
    }

    @Test
    void bootStepsAnnounceTheirDescriptions() throws Exception {
        type("boot_wait = \"-1s\"\nboot_steps = [[\"a<enter>\", \"Choose the installer\"], [\"b\"]]");
        assertThat(typed).containsExactly("a", "<ff0d>", "b");
        assertThat(ui.lines()).contains("say: Typing boot command for: Choose the installer");
        assertThat(sleeps).hasSize(6);
    }

    @Test
    void zeroBootWaitMeansNoWaitAndNoCommandMeansNoVncConnection() throws Exception {
        type("boot_wait = \"0s\"");
        assertThat(sleeps).isEmpty();
        assertThat(connections).isEmpty();
    }

    @Test
    void bootWaitCountsFromQemusStart() throws Exception {
        state.put(QemuState.STARTED_NANOS, System.nanoTime() - Duration.ofSeconds(2).toNanos());
        type("boot_wait = \"3s\"\nboot_command = [\"x\"]");
        assertThat(sleeps.get(0)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
        state.put(QemuState.STARTED_NANOS, System.nanoTime() - Duration.ofSeconds(5).toNanos());
        sleeps.clear();
        type("boot_wait = \"3s\"");
        assertThat(sleeps).isEmpty();
        assertThat(ui.lines()).contains("say: Waiting 3s for boot...");
    }

    @Test
    void theDefaultBootWaitIsPackersTenSeconds() throws Exception {
        type("");
        assertThat(sleeps).containsExactly(Duration.ofSeconds(10));
    }

    @Test
    void disabledVncSkipsEverything() throws Exception {
        type("disable_vnc = true");
        assertThat(sleeps).isEmpty();
        assertThat(ui.lines()).isEmpty();
    }

    @Test
    void anUnreachableVncServerIsAClearError() {
        StepTypeBootCommand.KeyboardConnector refused = (h, p, pw) -> {
            throw new java.net.ConnectException("Connection refused");
        };
        assertThatThrownBy(() -> new StepTypeBootCommand(QemuTestSupport.settings("boot_command = [\"x\"]", wd), info,
                Duration.ZERO, refused, d -> { }).run(ctx()))
                .hasMessage("Error connecting to VNC: Connection refused");
    }

    @Test
    void sshThatNeverComesUpShowsTheGuestsLastConsoleLines() throws Exception {
        Path serial = wd.resolve("serial.log");
        StringBuilder log = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            log.append("boot line ").append(i).append("\r\n");
        }
        log.append("\u001b[1;31mKernel panic - not syncing: VFS: Unable to mount root fs\u001b[0m\n");
        Files.writeString(serial, log);
        state.put(QemuState.SERIAL_LOG, serial);
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        state.put(QemuState.SSH_HOST_PORT, port);
        QemuSettings s = QemuTestSupport.settings("ssh_timeout = \"2s\"\nssh_private_key_file = \"k\"", wd);
        Files.writeString(wd.resolve("k"), "not a key");
        assertThatThrownBy(() -> new StepConnectSsh(s).run(QemuTestSupport.context(ui, state)))
                .hasMessageContaining("Timeout waiting for SSH")
                .hasMessageContaining("The guest's last console lines (" + serial + "):\n    boot line 17\n")
                .hasMessageEndingWith("    Kernel panic - not syncing: VFS: Unable to mount root fs")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("boot line 16\n"));
        assertThat(ui.lines()).contains("say: Waiting for SSH to become available...", "error: Timeout waiting for SSH.");
    }

    @Test
    void anEmptyConsoleSaysHowToGetOne() throws Exception {
        Path serial = Files.writeString(wd.resolve("empty.log"), "");
        state.put(QemuState.SERIAL_LOG, serial);
        assertThat(StepConnectSsh.consoleTail(QemuTestSupport.context(ui, state), java.util.Optional.empty()))
                .contains("The guest wrote nothing to its serial console").contains("console=ttyS0");
    }
}
