package io.jenkins.plugins.packer.engine.builder.qemu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.packer.engine.step.StateBag;
import io.jenkins.plugins.packer.engine.step.Step;
import io.jenkins.plugins.packer.engine.step.StepContext;
import io.jenkins.plugins.packer.engine.step.StepRunner;
import io.jenkins.plugins.packer.engine.testing.RecordingUi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputDirAndAcceleratorTest {

    @TempDir
    Path wd;

    private final RecordingUi ui = new RecordingUi();
    private final StateBag state = new StateBag();

    @Test
    void anExistingOutputDirectoryIsAnErrorUnlessForced() throws Exception {
        Path out = Files.createDirectories(wd.resolve("output-tiny"));
        Files.writeString(out.resolve("old"), "x");
        StepContext ctx = QemuTestSupport.context(ui, state);
        assertThatThrownBy(() -> new StepPrepareOutputDir(out, false).run(ctx))
                .hasMessageStartingWith("Output directory '" + out + "' already exists. It must not exist.");
        new StepPrepareOutputDir(out, true).run(ctx);
        assertThat(out).isEmptyDirectory();
        assertThat(ui.lines()).contains("say: Deleting previous output directory...");
    }

    @Test
    void theOutputDirectoryIsRemovedWhenALaterStepFailsAndKeptOnSuccess() {
        Path out = wd.resolve("output-tiny");
        Step failing = c -> {
            Files.writeString(out.resolve("half.qcow2"), "x");
            throw new QemuException("boom");
        };
        new StepRunner(List.of(new StepPrepareOutputDir(out, false), failing))
                .run(QemuTestSupport.context(ui, state));
        assertThat(out).doesNotExist();
        assertThat(ui.lines()).contains("say: Deleting output directory...");

        new StepRunner(List.of(new StepPrepareOutputDir(out, false))).run(QemuTestSupport.context(ui, state));
        assertThat(out).isDirectory();
    }

    @Test
    void aConfiguredAcceleratorIsUsedWithoutProbing() throws Exception {
        FakeQemuDriver d = new FakeQemuDriver();
        d.kvm = true;
        new StepDetectAccelerator(d, QemuTestSupport.settings("accelerator = \"kvm\"", wd), ProbeCache.inMemory())
                .run(QemuTestSupport.context(ui, state));
        assertThat(state.require(QemuState.ACCELERATOR)).isEqualTo("kvm");
        assertThat(d.probes).isEmpty();
    }

    @Test
    void withoutDevKvmItIsTcgSilently() throws Exception {
        FakeQemuDriver d = new FakeQemuDriver();
        new StepDetectAccelerator(d, QemuTestSupport.settings("", wd), ProbeCache.inMemory())
                .run(QemuTestSupport.context(ui, state));
        assertThat(state.require(QemuState.ACCELERATOR)).isEqualTo("tcg");
        assertThat(d.probes).isEmpty();
        assertThat(ui.lines()).isEmpty();
    }

    @Test
    void kvmThatCannotRunAGuestFallsBackToTcgWithOneWarningLine() throws Exception {
        FakeQemuDriver d = new FakeQemuDriver();
        d.kvm = true;
        ProbeCache cache = new ProbeCache(wd.resolve("cache/probe.properties"));
        QemuSettings s = QemuTestSupport.settings("machine_type = \"q35\"\nqemuargs = [[\"-cpu\", \"host\"]]", wd);
        new StepDetectAccelerator(d, s, cache).run(QemuTestSupport.context(ui, state));
        assertThat(state.require(QemuState.ACCELERATOR)).isEqualTo("tcg");
        assertThat(d.probes).containsExactly("kvm|q35|host");
        assertThat(ui.lines()).hasSize(1).first().asString().startsWith("say: Warning: /dev/kvm is present but a "
                + "test guest does not run under KVM (machine q35, cpu host); using accelerator tcg");
        // the result is remembered for this boot of the host, also by a new cache over the same file
        new StepDetectAccelerator(d, s, new ProbeCache(wd.resolve("cache/probe.properties")))
                .run(QemuTestSupport.context(ui, state));
        assertThat(d.probes).hasSize(1);
        assertThat(wd.resolve("cache/probe.properties")).exists();
    }

    @Test
    void kvmThatRunsTheProbeIsUsed() throws Exception {
        FakeQemuDriver d = new FakeQemuDriver();
        d.kvm = true;
        d.probeResults.put("kvm", true);
        new StepDetectAccelerator(d, QemuTestSupport.settings("cpu_model = \"EPYC\"", wd), ProbeCache.inMemory())
                .run(QemuTestSupport.context(ui, state));
        assertThat(state.require(QemuState.ACCELERATOR)).isEqualTo("kvm");
        assertThat(d.probes).containsExactly("kvm|pc|EPYC");
    }

    @Test
    void httpGuestAddress() {
        assertThat(StepHttpServer.guestAddress(QemuTestSupport.config(""))).isEqualTo("10.0.2.2");
        assertThat(StepHttpServer.guestAddress(QemuTestSupport.config("http_bind_address = \"127.0.0.1\"")))
                .isEqualTo("10.0.2.2");
        assertThat(StepHttpServer.guestAddress(QemuTestSupport.config("http_bind_address = \"192.0.2.7\"")))
                .isEqualTo("192.0.2.7");
        assertThat(StepHttpServer.guestAddress(QemuTestSupport.config("http_callback_address = \"build.example\"")))
                .isEqualTo("build.example");
    }
}
