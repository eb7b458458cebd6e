package io.jenkins.plugins.packer.engine.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.packer.engine.cancel.CancelToken;
import io.jenkins.plugins.packer.engine.httpserver.HttpSeedServer;
import io.jenkins.plugins.packer.engine.log.DebugLog;
import io.jenkins.plugins.packer.engine.net.PortRange;
import io.jenkins.plugins.packer.engine.testing.RecordingUi;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DownloaderTest {

    @TempDir
    Path work;

    private Path served;
    private HttpSeedServer server;
    private String sha256;
    private final RecordingUi ui = new RecordingUi();
    private final CancelToken cancel = CancelToken.create();

    @BeforeEach
    void setUp() throws Exception {
        served = Files.createDirectories(work.resolve("served"));
        byte[] iso = "pretend this is an ISO image".repeat(1000).getBytes(StandardCharsets.UTF_8);
        Files.write(served.resolve("tiny.iso"), iso);
        sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(iso));
        Files.writeString(served.resolve("SHA256SUMS"), "0".repeat(64) + "  other.iso\n" + sha256 + "  tiny.iso\n");
        server = HttpSeedServer.start("127.0.0.1", new PortRange(19000, 19999), served, null, null);
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private String url(String name) {
        return "http://127.0.0.1:" + server.port() + "/" + name;
    }

    private Path fetch(List<String> urls, String checksum) throws Exception {
        return new Downloader(work, work.resolve("cache")).fetch(
                new Downloader.Request("ISO", urls, checksum, null, "iso"), ui, cancel, DebugLog.disabled());
    }

    @Test
    void localFilesAreVerifiedAndUsedInPlace() throws Exception {
        Path p = fetch(List.of("served/tiny.iso"), "sha256:" + sha256);
        assertThat(p).isEqualTo(work.resolve("served/tiny.iso"));
        assertThat(fetch(List.of("file://" + served.resolve("tiny.iso")), sha256)).isEqualTo(served.resolve("tiny.iso"));
        assertThat(ui.lines()).contains("say: Retrieving ISO", "say: Trying served/tiny.iso");
        assertThat(work.resolve("cache")).doesNotExist();
    }

    @Test
    void aWrongChecksumIsAClearError() {
        String wrong = "1".repeat(64);
        assertThatThrownBy(() -> fetch(List.of("served/tiny.iso"), "sha256:" + wrong))
                .isInstanceOf(DownloadException.class)
                .hasMessageContaining("error downloading ISO: [Checksums did not match for " + work.resolve("served/tiny.iso"))
                .hasMessageContaining("Expected: " + wrong)
                .hasMessageContaining("Got: " + sha256);
    }

    @Test
    void httpDownloadsGoToTheCacheAndAreReused() throws Exception {
        Path p = fetch(List.of(url("tiny.iso")), "sha256:" + sha256);
        assertThat(p).isEqualTo(work.resolve("cache").resolve(CachePaths.sha1Hex("sha256:" + sha256) + ".iso"));
        assertThat(Files.readAllBytes(p)).isEqualTo(Files.readAllBytes(served.resolve("tiny.iso")));
        assertThat(work.resolve("cache")).isDirectoryNotContaining("glob:**.part");
        // served file gone: the cached copy with the right checksum is used without downloading
        Files.delete(served.resolve("tiny.iso"));
        assertThat(fetch(List.of(url("tiny.iso")), "sha256:" + sha256)).isEqualTo(p);
    }

    @Test
    void aCorruptDownloadIsRemoved() throws Exception {
        String wrong = "2".repeat(64);
        assertThatThrownBy(() -> fetch(List.of(url("tiny.iso")), "sha256:" + wrong))
                .hasMessageContaining("Checksums did not match");
        assertThat(ui.lines()).anyMatch(l -> l.startsWith("say: Checksum did not match, removing "));
        try (var s = Files.list(work.resolve("cache"))) {
            assertThat(s.filter(f -> f.toString().endsWith(".iso") || f.toString().endsWith(".part"))).isEmpty();
        }
    }

    @Test
    void checksumFilesOverHttpAndOnDisk() throws Exception {
        assertThat(fetch(List.of(url("tiny.iso")), "file:" + url("SHA256SUMS"))).exists();
        assertThat(fetch(List.of("served/tiny.iso"), "file:served/SHA256SUMS")).isEqualTo(work.resolve("served/tiny.iso"));
        Files.writeString(served.resolve("SHA256SUMS"), "0".repeat(64) + "  other.iso\n");
        assertThatThrownBy(() -> fetch(List.of("served/tiny.iso"), "file:served/SHA256SUMS"))
                .hasMessageContaining("no checksum for tiny.iso found in served/SHA256SUMS");
    }

    @Test
    void laterUrlsAreTriedWhenEarlierOnesFail() throws Exception {
        assertThatThrownBy(() -> fetch(List.of(url("missing.iso"), "served/nope.iso"), sha256))
                .hasMessage("error downloading ISO: [bad response code: 404 source path error: stat "
                        + work.resolve("served/nope.iso") + ": no such file or directory]");
        Path p = fetch(List.of(url("missing.iso"), "served/nope.iso", url("tiny.iso")), sha256);
        assertThat(p).exists();
        // the cache is keyed by the checksum, as Packer's: any URL with this checksum now finds it
        assertThat(fetch(List.of(url("missing.iso")), sha256)).isEqualTo(p);
    }

    @Test
    void noneSkipsVerification() throws Exception {
        Files.writeString(served.resolve("x.img"), "anything");
        assertThat(fetch(List.of("served/x.img"), "none")).isEqualTo(work.resolve("served/x.img"));
    }
}
