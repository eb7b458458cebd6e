package io.jenkins.plugins.packer.engine.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoDurationTest {

    @ParameterizedTest
    @CsvSource({
        "0, 0",
        "300ms, 300000000",
        "5m, 300000000000",
        "1h30m, 5400000000000",
        "1.5h, 5400000000000",
        "-2s, -2000000000",
        "+10s, 10000000000",
        "1us, 1000",
        "1\u00b5s, 1000",
        "2h45m30.5s, 9930500000000",
        ".5s, 500000000",
    })
    void parsesGoDurations(String text, long nanos) {
        assertThat(GoDuration.parse(text)).isEqualTo(Duration.ofNanos(nanos));
    }

    @Test
    void rejectsWithGoWording() {
        assertThatThrownBy(() -> GoDuration.parse("10")).hasMessage("time: missing unit in duration \"10\"");
        assertThatThrownBy(() -> GoDuration.parse("5 m")).hasMessage("time: unknown unit \" m\" in duration \"5 m\"");
        assertThatThrownBy(() -> GoDuration.parse("")).hasMessage("time: invalid duration \"\"");
        assertThatThrownBy(() -> GoDuration.parse("1..2s")).hasMessage("time: invalid duration \"1..2s\"");
        assertThatThrownBy(() -> GoDuration.parse("5d")).hasMessage("time: unknown unit \"d\" in duration \"5d\"");
    }

    @ParameterizedTest
    @CsvSource({
        "0, 0s",
        "1500000000, 1.5s",
        "300000000, 300ms",
        "5400000000000, 1h30m0s",
        "60000000000, 1m0s",
        "1500, 1.5\u00b5s",
        "12, 12ns",
        "-2000000000, -2s",
    })
    void formatsAsGoPrintsThem(long nanos, String text) {
        assertThat(GoDuration.format(Duration.ofNanos(nanos))).isEqualTo(text);
    }
}
