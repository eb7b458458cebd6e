package io.jenkins.plugins.packer.engine.communicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Trailing-slash rules, results, durations and the none communicator. */
class CommunicatorBasicsTest {

    @Test
    void trailingSlashMeansContents() {
        assertThat(TransferPaths.remoteRoot("/tmp", "files")).isEqualTo("/tmp/files");
        assertThat(TransferPaths.remoteRoot("/tmp/", "/home/me/files")).isEqualTo("/tmp/files");
        assertThat(TransferPaths.remoteRoot("/tmp", "/home/me/files/")).isEqualTo("/tmp");
        assertThat(TransferPaths.baseName("/a/b//")).isEqualTo("b");
        assertThat(TransferPaths.baseName("b")).isEqualTo("b");
        assertThat(TransferPaths.remoteParent("/a/b")).isEqualTo("/a");
        assertThat(TransferPaths.remoteParent("/b")).isEqualTo("/");
        assertThat(TransferPaths.remoteParent("b")).isEqualTo(".");
        assertThat(TransferPaths.remoteParent("~/b")).isEqualTo("~");
        assertThat(TransferPaths.joinRemote("", "x")).isEqualTo("x");
    }

    @Test
    void exclusionMatchesEntriesAndWhatIsUnderThem() {
        List<String> ex = List.of("cache/", "a.tmp");
        assertThat(TransferPaths.excluded("cache", ex)).isTrue();
        assertThat(TransferPaths.excluded("cache/x/y", ex)).isTrue();
        assertThat(TransferPaths.excluded("cached", ex)).isFalse();
        assertThat(TransferPaths.excluded("a.tmp", ex)).isTrue();
        assertThat(TransferPaths.excluded("b/a.tmp", ex)).isFalse();
        assertThat(TransferPaths.excluded("x", null)).isFalse();
    }

    @Test
    void commandResults() {
        assertThat(CommandResult.exited(0).success()).isTrue();
        assertThat(CommandResult.exited(3).describe()).isEqualTo("exit status 3");
        CommandResult gone = CommandResult.disconnected("connection reset by the server");
        assertThat(gone.success()).isFalse();
        assertThat(gone.exitStatus()).isEqualTo(2300218);
        assertThat(gone.describe()).isEqualTo("remote end disconnected (connection reset by the server)");
        assertThat(CommandResult.signalled("KILL").exitStatus()).isEqualTo(-1);
    }

    @Test
    void durationsAsGoPrintsThem() {
        assertThat(Durations.format(Duration.ofMinutes(5))).isEqualTo("5m0s");
        assertThat(Durations.format(Duration.ofSeconds(90))).isEqualTo("1m30s");
        assertThat(Durations.format(Duration.ofMillis(1500))).isEqualTo("1.5s");
        assertThat(Durations.format(Duration.ofMillis(300))).isEqualTo("300ms");
        assertThat(Durations.format(Duration.ofHours(1))).isEqualTo("1h0m0s");
        assertThat(Durations.format(Duration.ZERO)).isEqualTo("0s");
        assertThat(Durations.format(Duration.ofSeconds(-2))).isEqualTo("-2s");
    }

    @Test
    void noneCommunicatorRefusesEverythingWithTheSameExplanation() {
        try (NoneCommunicator none = new NoneCommunicator()) {
            assertThat(none.type()).isEqualTo("none");
            assertThatThrownBy(() -> none.start(RemoteCommand.of("uptime")))
                    .isInstanceOf(CommunicatorException.class)
                    .hasMessage("cannot run the command \"uptime\": this build uses communicator \"none\", so there is"
                            + " no connection to the machine; set communicator = \"ssh\" (and its ssh_* settings) in"
                            + " the source");
            assertThatThrownBy(() -> none.upload("/x", new ByteArrayInputStream(new byte[0]), 0, 0644,
                    TransferProgress.NONE)).hasMessageStartingWith("cannot upload to /x: ");
            assertThatThrownBy(() -> none.download("/y", OutputStream.nullOutputStream(), TransferProgress.NONE))
                    .hasMessageStartingWith("cannot download /y: ");
            assertThatThrownBy(() -> none.uploadDir("/d", "src/", List.of(), TransferProgress.NONE))
                    .hasMessageStartingWith("cannot upload src/ to /d: ");
            assertThatThrownBy(() -> none.downloadDir("/d", Path.of("o"), List.of(), TransferProgress.NONE))
                    .hasMessageStartingWith("cannot download /d: ");
        }
    }
}
