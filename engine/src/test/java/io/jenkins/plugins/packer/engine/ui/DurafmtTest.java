package io.jenkins.plugins.packer.engine.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurafmtTest {

    @Test
    void packerBuildDurationsFromTheTranscripts() {
        assertThat(Durafmt.packer(Duration.ofNanos(17_656_000))).isEqualTo("17 milliseconds 656 microseconds");
        assertThat(Durafmt.packer(Duration.ofNanos(21_087_123))).isEqualTo("21 milliseconds 87 microseconds");
        assertThat(Durafmt.packer(Duration.ofNanos(224_661_999))).isEqualTo("224 milliseconds 661 microseconds");
    }

    @Test
    void firstTwoNonZeroUnitsSingularForOne() {
        assertThat(Durafmt.packer(Duration.ofSeconds(90))).isEqualTo("1 minute 30 seconds");
        assertThat(Durafmt.packer(Duration.ofHours(2).plusSeconds(1).plusMillis(5))).isEqualTo("2 hours 1 second");
        assertThat(Durafmt.packer(Duration.ofMillis(1001))).isEqualTo("1 second 1 millisecond");
        assertThat(Durafmt.packer(Duration.ofNanos(1000))).isEqualTo("1 microsecond");
        assertThat(Durafmt.packer(Duration.ofDays(400).plusHours(3))).isEqualTo("1 year 5 weeks");
        assertThat(Durafmt.packer(Duration.ofDays(8))).isEqualTo("1 week 1 day");
    }

    @Test
    void zeroNegativeAndUnlimited() {
        assertThat(Durafmt.packer(Duration.ZERO)).isEqualTo("0 seconds");
        assertThat(Durafmt.packer(Duration.ofNanos(500))).isEmpty(); // durafmt prints nothing below 1µs
        assertThat(Durafmt.packer(Duration.ofSeconds(-61))).isEqualTo("-1 minute 1 second");
        assertThat(Durafmt.format(Duration.ofSeconds(3661).plusMillis(2), 0))
                .isEqualTo("1 hour 1 minute 1 second 2 milliseconds");
    }
}
