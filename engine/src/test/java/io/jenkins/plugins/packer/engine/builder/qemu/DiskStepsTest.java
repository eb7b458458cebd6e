package io.jenkins.plugins.packer.engine.builder.qemu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.packer.engine.step.StateBag;
import io.jenkins.plugins.packer.engine.step.StepContext;
import io.jenkins.plugins.packer.engine.testing.RecordingUi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Disk creation, copy, resize and compaction against the fake driver: the qemu-img commands Packer runs. */
class DiskStepsTest {

    @TempDir
    Path wd;

    private final FakeQemuDriver driver = new FakeQemuDriver();
    private final RecordingUi ui = new RecordingUi();
    private final StateBag state = new StateBag();
    private StepContext ctx;

    @BeforeEach
    void setUp() throws Exception {
        ctx = QemuTestSupport.context(ui, state);
        Files.createDirectories(wd.resolve("output-tiny"));
    }

    private QemuSettings s(String extra) {
        return QemuTestSupport.settings(extra, wd);
    }

    @Test
    void emptyDisksForAnIsoInstall() throws Exception {
        QemuSettings s = s("disk_size = \"64\"\ndisk_additional_size = [\"1G\", \"512\"]\n"
                + "qemu_img_args {\n create = [\"-o\", \"cluster_size=64k\"]\n}");
        new StepCreateDisk(driver, s).run(ctx);
        String disk = wd.resolve("output-tiny/packer-tiny").toString();
        assertThat(driver.qemuImgCalls).containsExactly(
                List.of("create", "-f", "qcow2", "-o", "cluster_size=64k", disk, "64M"),
                List.of("create", "-f", "qcow2", "-o", "cluster_size=64k", disk + "-1", "1G"),
                List.of("create", "-f", "qcow2", "-o", "cluster_size=64k", disk + "-2", "512M"));
        assertThat(state.require(QemuState.DISK_PATHS)).containsExactly(Path.of(disk), Path.of(disk + "-1"),
                Path.of(disk + "-2"));
        assertThat(ui.lines()).contains("say: Creating required virtual machine disks");
    }

    @Test
    void backingFileOverlay() throws Exception {
        Path src = wd.resolve("base.qcow2");
        Files.write(src, new byte[] {'Q', 'F', 'I', (byte) 0xFB, 0, 0, 0, 3});
        state.put(QemuState.ISO_PATH, src);
        new StepCreateDisk(driver, s("disk_image = true\nuse_backing_file = true\nskip_resize_disk = true")).run(ctx);
        assertThat(driver.qemuImgCalls).containsExactly(List.of("create", "-f", "qcow2", "-b", src.toString(), "-F",
                "qcow2", wd.resolve("output-tiny/packer-tiny").toString()));
    }

    @Test
    void aDiskImageInTheOutputFormatIsCopiedOtherwiseConverted() throws Exception {
        Path qcow = wd.resolve("src.qcow2");
        Files.write(qcow, new byte[] {'Q', 'F', 'I', (byte) 0xFB, 1, 2, 3});
        state.put(QemuState.ISO_PATH, qcow);
        QemuSettings s = s("disk_image = true");
        new StepCreateDisk(driver, s).run(ctx);
        new StepCopyDisk(driver, s).run(ctx);
        assertThat(driver.qemuImgCalls).isEmpty();
        assertThat(Files.readAllBytes(s.diskPath())).isEqualTo(Files.readAllBytes(qcow));
        assertThat(state.require(QemuState.DISK_PATHS)).containsExactly(s.diskPath());

        Path raw = wd.resolve("src.img");
        Files.write(raw, new byte[512]);
        state.put(QemuState.ISO_PATH, raw);
        Files.delete(s.diskPath());
        new StepCopyDisk(driver, s).run(ctx);
        assertThat(driver.qemuImgCalls).containsExactly(List.of("convert", "-O", "qcow2", raw.toString(),
                s.diskPath().toString()));
    }

    @Test
    void resizeAndItsFailure() throws Exception {
        QemuSettings s = s("disk_image = true\ndisk_size = \"2G\"\nqemu_img_args {\n resize = [\"--shrink\"]\n}");
        new StepResizeDisk(driver, s).run(ctx);
        assertThat(driver.qemuImgCalls).containsExactly(List.of("resize", "-f", "qcow2", "--shrink",
                s.diskPath().toString(), "2G"));
        driver.failQemuImg = "qemu-img: Image was not resized";
        assertThatThrownBy(() -> new StepResizeDisk(driver, s).run(ctx))
                .hasMessage("Error creating hard drive: qemu-img: Image was not resized");
    }

    @Test
    void compactionReplacesEachDiskWithItsConvertedCopy() throws Exception {
        QemuSettings s = s("disk_compression = true");
        Files.writeString(s.diskPath(), "used blocks");
        state.put(QemuState.DISK_PATHS, List.of(s.diskPath()));
        new StepConvertDisk(driver, s).run(ctx);
        String d = s.diskPath().toString();
        assertThat(driver.qemuImgCalls).containsExactly(List.of("convert", "-c", "-O", "qcow2", d, d + ".convert"));
        assertThat(s.diskPath()).hasContent("used blocks");
        assertThat(Path.of(d + ".convert")).doesNotExist();
        assertThat(ui.lines()).contains("say: Converting hard drive...");
    }
}
