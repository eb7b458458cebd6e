package io.jenkins.plugins.packer.engine.builder.qemu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.packer.engine.log.DebugLog;
import io.jenkins.plugins.packer.engine.net.PortRange;
import io.jenkins.plugins.packer.engine.vnc.RfbClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The driver, QMP client and VNC client against a real QEMU (TCG, no guest OS, a few MB of memory). */
class RealQemuTest {

    static final String QEMU = "qemu-system-x86_64";

    @TempDir
    Path tmp;

    @BeforeAll
    static void qemuInstalled() {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin", QEMU)), "qemu-system-x86 is installed by scripts/test");
    }

    private final DefaultQemuDriver driver = new DefaultQemuDriver("qemu-img", DebugLog.disabled());

    @Test
    void qmpLifecycleAndAPasswordProtectedVncServer() throws Exception {
        int vnc = new PortRange(5900, 6000).pickFree("127.0.0.1", new Random(), Set.of());
        Path sock = tmp.resolve("qmp.sock");
        QemuProcess p = driver.start(QEMU, List.of("-name", "real-qmp-test", "-machine", "none", "-nodefaults",
                "-display", "none", "-vnc", "127.0.0.1:" + (vnc - 5900) + ",password=on",
                "-chardev", "socket,id=q,path=" + sock + ",server=on,wait=off", "-mon", "chardev=q,mode=control"),
                tmp.resolve("out.log"));
        try (QmpClient qmp = QmpClient.connect(sock, Duration.ofSeconds(30), p::isAlive)) {
            assertThat(qmp.qemuVersion()).matches("\\d+\\.\\d+\\.\\d+");
            assertThat(driver.version(QEMU)).isEqualTo(qmp.qemuVersion());
            JsonNode status = qmp.execute("query-status", null, Duration.ofSeconds(10));
            assertThat(status.path("status").asText()).isIn("running", "prelaunch");
            assertThatThrownBy(() -> qmp.execute("no-such-command", null, Duration.ofSeconds(10)))
                    .isInstanceOf(QemuException.class).hasMessageContaining("no-such-command");
            qmp.execute("set_password", Map.of("protocol", "vnc", "password", "pw123456"), Duration.ofSeconds(10));
            try (RfbClient c = RfbClient.connect("127.0.0.1", vnc, "pw123456", 10_000)) {
                assertThat(c.desktopName()).isEqualTo("QEMU (real-qmp-test)");
                c.keyEvent(0x61, true);
                c.keyEvent(0x61, false);
            }
            assertThatThrownBy(() -> RfbClient.connect("127.0.0.1", vnc, "wrongpw1", 10_000))
                    .hasMessageStartingWith("VNC authentication failed");
            qmp.execute("quit", null, Duration.ofSeconds(10));
            qmp.closed().get(10, TimeUnit.SECONDS);
            assertThat(qmp.shutdownEvent().get(10, TimeUnit.SECONDS).path("data").path("reason").asText())
                    .isEqualTo("host-qmp-quit");
            assertThat(p.waitFor(Duration.ofSeconds(10))).hasValue(0);
        } finally {
            p.kill();
        }
    }

    @Test
    void theProbeGuestReachesLongModeUnderTcgAndABadCpuModelFails() throws Exception {
        assertThat(driver.probe(QEMU, "tcg", "pc", null, Duration.ofSeconds(20))).isTrue();
        assertThat(driver.probe(QEMU, "tcg", "q35", "max", Duration.ofSeconds(20))).isTrue();
        assertThat(driver.probe(QEMU, "tcg", "pc", "no-such-cpu", Duration.ofSeconds(20))).isFalse();
    }

    @Test
    void qemuImgErrorsCarryItsMessage() throws Exception {
        Path img = tmp.resolve("a.qcow2");
        driver.qemuImg(List.of("create", "-f", "qcow2", img.toString(), "8M"));
        assertThat(DiskFormats.isQcow2(img)).isTrue();
        assertThat(driver.qemuImg(List.of("info", "--output=json", img.toString()))).contains("\"virtual-size\": 8388608");
        assertThatThrownBy(() -> driver.qemuImg(List.of("resize", "-f", "qcow2", img.toString(), "4M")))
                .isInstanceOf(QemuException.class).hasMessageContaining("shrink");
    }

    @Test
    void aQemuThatDiesEarlyEndsTheQmpWait() throws Exception {
        QemuProcess p = driver.start(QEMU, List.of("-machine", "none", "-nodefaults", "-display", "none",
                "-no-such-option"), tmp.resolve("out.log"));
        assertThatThrownBy(() -> QmpClient.connect(tmp.resolve("never.sock"), Duration.ofSeconds(30), p::isAlive))
                .hasMessage("QEMU exited before its QMP socket answered");
        assertThat(p.outputTail(5)).contains("-no-such-option");
    }
}
