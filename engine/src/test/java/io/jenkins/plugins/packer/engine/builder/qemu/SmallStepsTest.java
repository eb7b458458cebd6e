package io.jenkins.plugins.packer.engine.builder.qemu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.packer.engine.download.Downloader;
import io.jenkins.plugins.packer.engine.secret.SecretMasker;
import io.jenkins.plugins.packer.engine.step.StateBag;
import io.jenkins.plugins.packer.engine.step.Step;
import io.jenkins.plugins.packer.engine.step.StepContext;
import io.jenkins.plugins.packer.engine.step.StepRunner;
import io.jenkins.plugins.packer.engine.testing.RecordingUi;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The remaining steps, each on its own. */
class SmallStepsTest {

    @TempDir
    Path wd;

    private final RecordingUi ui = new RecordingUi();
    private final StateBag state = new StateBag();
    private StepContext ctx;

    @BeforeEach
    void setUp() throws Exception {
        ctx = QemuTestSupport.context(ui, state);
        Files.createDirectories(wd.resolve("output-tiny"));
        state.put(QemuState.RUN_DIR, Files.createDirectories(wd.resolve("run")));
    }

    @Test
    void runDirIsPrivateAndRemoved() throws Exception {
        StateBag st = new StateBag();
        StepRunDir step = new StepRunDir();
        StepContext c = QemuTestSupport.context(ui, st);
        step.run(c);
        Path dir = st.require(QemuState.RUN_DIR);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
        Files.writeString(dir.resolve("qemu-output.log"), "x");
        step.cleanup(c);
        assertThat(dir).doesNotExist();
    }

    @Test
    void downloadPutsTheIsoPathInTheState() throws Exception {
        Files.writeString(wd.resolve("disk.img"), "img");
        new StepDownloadIso(new Downloader(wd, wd.resolve("cache")), List.of("disk.img"), "none", null, "iso").run(ctx);
        assertThat(state.require(QemuState.ISO_PATH)).isEqualTo(wd.resolve("disk.img"));
    }

    @Test
    void httpServerServesUntilCleanup() throws Exception {
        Files.createDirectories(wd.resolve("http"));
        Files.writeString(wd.resolve("http/seed.sh"), "echo seeded");
        StepHttpServer step = new StepHttpServer(QemuTestSupport.settings(
                "http_directory = \"http\"\nhttp_bind_address = \"127.0.0.1\"\nhttp_port_min = 18700\nhttp_port_max = 18799", wd));
        step.run(ctx);
        int port = state.require(QemuState.HTTP_PORT);
        assertThat(port).isBetween(18700, 18799);
        assertThat(state.require(QemuState.HTTP_IP)).isEqualTo("10.0.2.2");
        assertThat(ui.lines()).contains("say: Starting HTTP server on port " + port);
        HttpClient http = HttpClient.newHttpClient();
        URI uri = URI.create("http://127.0.0.1:" + port + "/seed.sh");
        assertThat(http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body())
                .isEqualTo("echo seeded");
        step.cleanup(ctx);
        assertThatThrownBy(() -> http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(java.io.IOException.class);
    }

    @Test
    void noHttpFilesMeansNoServerAndPortZero() throws Exception {
        new StepHttpServer(QemuTestSupport.settings("", wd)).run(ctx);
        assertThat(state.require(QemuState.HTTP_PORT)).isZero();
        assertThatThrownBy(() -> new StepHttpServer(QemuTestSupport.settings("http_directory = \"nope\"", wd)).run(ctx))
                .hasMessageContaining("is not a directory");
    }

    @Test
    void portsComeFromTheirRanges() throws Exception {
        new StepPortForward(QemuTestSupport.settings("host_port_min = 26000\nhost_port_max = 26010", wd)).run(ctx);
        assertThat(state.require(QemuState.SSH_HOST_PORT)).isBetween(26000, 26010);
        SecretMasker masker = SecretMasker.empty();
        new StepConfigureVnc(QemuTestSupport.settings("vnc_port_min = 5990\nvnc_port_max = 5999\nvnc_use_password = true",
                wd), masker).run(ctx);
        assertThat(state.require(QemuState.VNC_PORT)).isBetween(5990, 5999);
        String pw = state.require(QemuState.VNC_PASSWORD);
        assertThat(pw).hasSize(8).matches("[A-Za-z0-9]+");
        assertThat(masker.mask("vnc password " + pw)).doesNotContain(pw);
    }

    @Test
    void cdAndFloppyImagesAreMadeInTheRunDirectory() throws Exception {
        Files.writeString(wd.resolve("user-data"), "#cloud-config");
        new StepCreateCd(QemuTestSupport.settings("cd_files = [\"user-data\"]\ncd_content = { \"meta-data\" = \"x\" }\n"
                + "cd_label = \"cidata\"", wd)).run(ctx);
        assertThat(state.require(QemuState.CD_PATH)).isEqualTo(wd.resolve("run/packer-cd.iso")).isNotEmptyFile();
        assertThat(ui.lines()).contains("say: Creating CD disk...");
        new StepCreateFloppy(QemuTestSupport.settings("floppy_files = [\"user-data\"]", wd)).run(ctx);
        assertThat(Files.size(state.require(QemuState.FLOPPY_PATH))).isEqualTo(1474560L);
        Files.createDirectories(wd.resolve("dir"));
        assertThatThrownBy(() -> new StepCreateFloppy(QemuTestSupport.settings("floppy_files = [\"dir\"]", wd)).run(ctx))
                .hasMessageContaining("is a directory (use floppy_dirs)");
    }

    @Test
    void efiVariablesAreCopiedAndDroppedOnlyAfterSuccess() throws Exception {
        Files.writeString(wd.resolve("code.fd"), "code");
        Files.writeString(wd.resolve("vars.fd"), "vars");
        QemuSettings s = QemuTestSupport.settings("efi_firmware_code = \"code.fd\"\nefi_firmware_vars = \"vars.fd\"\n"
                + "efi_drop_efivars = true", wd);
        new StepRunner(List.of(new StepPrepareEfivars(s))).run(ctx);
        assertThat(wd.resolve("output-tiny/efivars.fd")).doesNotExist();
        Step failing = c -> {
            throw new QemuException("later failure");
        };
        new StepRunner(List.of(new StepPrepareEfivars(s), failing)).run(QemuTestSupport.context(ui, state));
        assertThat(wd.resolve("output-tiny/efivars.fd")).hasContent("vars");
        assertThatThrownBy(() -> new StepPrepareEfivars(QemuTestSupport.settings("efi_boot = true\n"
                + "efi_firmware_code = \"missing.fd\"", wd)).run(ctx)).hasMessageContaining("missing.fd not found");
    }
}
