package io.jenkins.plugins.packer.engine.builder.qemu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.packer.engine.component.BuildInfo;
import io.jenkins.plugins.packer.engine.step.StateBag;
import io.jenkins.plugins.packer.engine.step.StepContext;
import io.jenkins.plugins.packer.engine.testing.RecordingUi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting "QEMU" (a fake QMP server), rendering qemuargs, stopping it on cleanup and shutting it down. */
class RunAndShutdownTest {

    @TempDir
    Path wd;

    private final FakeQemuDriver driver = new FakeQemuDriver();
    private final RecordingUi ui = new RecordingUi();
    private final StateBag state = new StateBag();
    private final BuildInfo info = new BuildInfo("qemu.tiny", "tiny", "qemu", "uuid", Map.of());
    private StepContext ctx;

    @BeforeEach
    void setUp() throws Exception {
        ctx = QemuTestSupport.context(ui, state);
        state.put(QemuState.RUN_DIR, Files.createDirectories(wd.resolve("run")));
        state.put(QemuState.ACCELERATOR, "tcg");
        state.put(QemuState.HTTP_IP, "10.0.2.2");
        state.put(QemuState.HTTP_PORT, 8123);
        state.put(QemuState.SSH_HOST_PORT, 2231);
        state.put(QemuState.VNC_PORT, 5901);
        state.put(QemuState.DISK_PATHS, List.of(wd.resolve("output-tiny/tiny.qcow2")));
    }

    private QemuSettings s(String extra) {
        return QemuTestSupport.settings("disk_image = true\nheadless = true\n" + extra, wd);
    }

    @Test
    void startsWithRenderedQemuargsAndAPrivateQmpMonitorThenQuitsOnCleanup() throws Exception {
        StepRun run = new StepRun(driver, s("qemuargs = [[\"-netdev\", \"user,id=user.0,hostfwd=tcp:127.0.0.1:"
                + "{{ .SSHHostPort }}-:22\"], [\"-append\", \"seed=http://{{ .HTTPIP }}:{{ .HTTPPort }}/{{ .Name }}\"]]"),
                info);
        run.run(ctx);
        List<String> argv = driver.starts.get(0);
        assertThat(argv).startsWith("qemu-system-x86_64");
        assertThat(argv).containsSubsequence("-netdev", "user,id=user.0,hostfwd=tcp:127.0.0.1:2231-:22");
        assertThat(argv).containsSubsequence("-append", "seed=http://10.0.2.2:8123/packer-tiny");
        assertThat(argv).containsSubsequence("-serial", "file:" + wd.resolve("run/serial.log"));
        assertThat(argv).containsSubsequence("-chardev", "socket,id=packer-qmp,path=" + wd.resolve("run/qmp.sock")
                + ",server=on,wait=off", "-mon", "chardev=packer-qmp,mode=control");
        assertThat(state.require(QemuState.QMP).qemuVersion()).isEqualTo("7.2.22");
        assertThat(state.require(QemuState.SERIAL_LOG)).isEqualTo(wd.resolve("run/serial.log"));
        assertThat(ui.lines()).contains("say: Starting VM, booting disk image",
                "say: Overriding default Qemu arguments with qemuargs template option...");
        assertThat(driver.servers.get(0).commands).containsExactly("qmp_capabilities");

        run.cleanup(ctx);
        assertThat(driver.servers.get(0).commands).containsExactly("qmp_capabilities", "quit");
        assertThat(driver.servers.get(0).hasExited()).isTrue();
    }

    @Test
    void aUserSerialFileIsTheConsoleLog() throws Exception {
        StepRun run = new StepRun(driver, s("qemuargs = [[\"-serial\", \"file:console.log\"]]"), info);
        run.run(ctx);
        assertThat(state.require(QemuState.SERIAL_LOG)).isEqualTo(wd.resolve("console.log"));
        assertThat(driver.starts.get(0).stream().filter("-serial"::equals)).hasSize(1);
        run.cleanup(ctx);
    }

    @Test
    void aTakenPortMeansNewPortsAndAnotherStart() throws Exception {
        driver.failingStartOutputs.add("qemu-system-x86_64: -netdev user,id=user.0,hostfwd=tcp:127.0.0.1:2231-:22: "
                + "Could not set up host forwarding rule 'tcp:127.0.0.1:2231-:22'");
        StepRun run = new StepRun(driver, s("host_port_min = 2600\nhost_port_max = 2610"), info);
        run.run(ctx);
        assertThat(driver.starts).hasSize(2);
        assertThat(state.require(QemuState.SSH_HOST_PORT)).isBetween(2600, 2610);
        assertThat(driver.starts.get(1)).anyMatch(a -> a.contains("hostfwd=tcp:127.0.0.1:"
                + state.require(QemuState.SSH_HOST_PORT) + "-:22"));
        run.cleanup(ctx);
    }

    @Test
    void qemuRefusingItsArgumentsIsAnErrorWithItsOwnWords() {
        driver.failingStartOutputs.add("qemu-system-x86_64: -drive file=x: Could not open 'x': No such file");
        assertThatThrownBy(() -> new StepRun(driver, s(""), info).run(ctx))
                .hasMessage("Error launching VM: qemu-system-x86_64: -drive file=x: Could not open 'x': No such file");
    }

    @Test
    void badTemplatesInQemuargsAreReported() {
        assertThatThrownBy(() -> new StepRun(driver, s("qemuargs = [[\"-name\", \"{{ .Nope \"]]"), info).run(ctx))
                .hasMessageStartingWith("Error processing QemuArgs: ");
    }

    @Test
    void withoutAShutdownCommandQemuIsToldToQuit() throws Exception {
        QemuSettings settings = s("");
        StepRun run = new StepRun(driver, settings, info);
        run.run(ctx);
        new StepShutdown(settings).run(ctx);
        assertThat(driver.servers.get(0).commands).containsExactly("qmp_capabilities", "quit");
        assertThat(state.require(QemuState.SHUT_DOWN)).isTrue();
        assertThat(ui.lines()).contains("say: Halting the virtual machine...");
        run.cleanup(ctx);
    }

    @Test
    void withoutACommunicatorTheGuestPowersItselfOff() throws Exception {
        QemuSettings settings = s("communicator = \"none\"\nshutdown_timeout = \"20s\"");
        StepRun run = new StepRun(driver, settings, info);
        run.run(ctx);
        new Thread(() -> {
            try {
                Thread.sleep(300);
                driver.servers.get(0).guestPowerOff();
            } catch (Exception e) {
                // test fails below
            }
        }).start();
        new StepShutdown(settings).run(ctx);
        assertThat(ui.lines()).contains("say: Waiting for shutdown...");
        assertThat(driver.servers.get(0).commands).containsExactly("qmp_capabilities");
        run.cleanup(ctx);
    }

    @Test
    void withoutACommunicatorAGuestThatStaysUpFailsAfterShutdownTimeout() throws Exception {
        StepRun again = new StepRun(driver, s("communicator = \"none\"\nshutdown_timeout = \"300ms\""), info);
        again.run(ctx);
        assertThatThrownBy(() -> new StepShutdown(s("communicator = \"none\"\nshutdown_timeout = \"300ms\""))
                .run(ctx)).hasMessageStartingWith("Failed to shutdown");
        again.cleanup(ctx);
    }

    @Test
    void aVncPasswordIsSetOverQmp() throws Exception {
        state.put(QemuState.VNC_PASSWORD, "s3cret12");
        StepRun run = new StepRun(driver, s("vnc_use_password = true"), info);
        run.run(ctx);
        assertThat(driver.servers.get(0).commands).containsExactly("qmp_capabilities", "set_password");
        assertThat(driver.starts.get(0)).contains("127.0.0.1:1,password=on");
        assertThat(ui.lines()).anyMatch(l -> l.contains("with the password: s3cret12"));
        run.cleanup(ctx);
    }

    @Test
    void qmpSeesTheGuestPowerOff() throws Exception {
        StepRun run = new StepRun(driver, s(""), info);
        run.run(ctx);
        QmpClient qmp = state.require(QemuState.QMP);
        driver.servers.get(0).guestPowerOff();
        assertThat(qmp.shutdownEvent().get(5, java.util.concurrent.TimeUnit.SECONDS).path("data").path("reason")
                .asText()).isEqualTo("guest-shutdown");
        assertThat(state.require(QemuState.QEMU).waitFor(Duration.ofSeconds(5))).isPresent();
        run.cleanup(ctx);
    }
}
