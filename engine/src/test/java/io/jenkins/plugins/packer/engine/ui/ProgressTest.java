package io.jenkins.plugins.packer.engine.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private static final long MIB = 1024 * 1024;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);
    private final AtomicLong nanos = new AtomicLong();

    private void advanceClock(Duration d) {
        nanos.addAndGet(d.toNanos());
    }

    @Test
    void withoutTerminalPrintsALineEveryPeriodAndAtTheEnd() {
        BasicUi sink = BasicUi.to(stream).withProgressClock(nanos::get, Duration.ofSeconds(10));
        try (Progress p = new TargetedUi("qemu.deb", sink).progress("Downloading debian.iso", 100 * MIB)) {
            advanceClock(Duration.ofSeconds(4));
            p.advance(20 * MIB); // before the first period: nothing printed
            advanceClock(Duration.ofSeconds(6));
            p.advance(30 * MIB);
            advanceClock(Duration.ofSeconds(10));
            p.advance(50 * MIB);
        }
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "    qemu.deb: Downloading debian.iso: 50.0 MiB / 100.0 MiB (50%), 5.0 MiB/s",
                "    qemu.deb: Downloading debian.iso: 100.0 MiB / 100.0 MiB (100%), 5.0 MiB/s",
                "    qemu.deb: Downloading debian.iso: 100.0 MiB / 100.0 MiB (100%), 5.0 MiB/s");
    }

    @Test
    void onATerminalRedrawsOneLineAndEndsIt() {
        BasicUi sink = BasicUi.to(stream).withTerminal(Optional.of(Optional::empty))
                .withProgressClock(nanos::get, Duration.ofSeconds(10));
        Progress p = sink.progress("copy", -1);
        advanceClock(Duration.ofSeconds(1));
        p.advance(512);
        advanceClock(Duration.ofSeconds(1));
        p.advance(512);
        sink.say("interleaved");
        p.close();
        p.close();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(
                "\rcopy: 512 B, 512 B/s\033[K"
                        + "\rcopy: 1.0 KiB, 512 B/s\033[K"
                        + "\ninterleaved\n"
                        + "\rcopy: 1.0 KiB, 512 B/s\033[K\n");
    }

    @Test
    void trackedStreamCountsBytesAndClosesTheProgress() throws IOException {
        BasicUi sink = BasicUi.to(stream).withProgressClock(nanos::get, Duration.ofDays(1));
        byte[] data = new byte[3000];
        try (InputStream in = sink.progress("upload", data.length).track(new ByteArrayInputStream(data))) {
            advanceClock(Duration.ofSeconds(3));
            assertThat(in.readAllBytes()).hasSize(3000);
        }
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("upload: 2.9 KiB / 2.9 KiB (100%), 1000 B/s\n");
    }

    @Test
    void byteSizes() {
        assertThat(ByteSizes.format(0)).isEqualTo("0 B");
        assertThat(ByteSizes.format(1023)).isEqualTo("1023 B");
        assertThat(ByteSizes.format(1536)).isEqualTo("1.5 KiB");
        assertThat(ByteSizes.format(5L * 1024 * 1024 * 1024)).isEqualTo("5.0 GiB");
    }
}
