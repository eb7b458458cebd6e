package io.jenkins.plugins.packer.engine.bootcommand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BootCommandTyperTest {

    private final List<String> events = new ArrayList<>();
    private final List<Duration> sleeps = new ArrayList<>();
    private final KeyEventSink sink = (sym, down) -> events.add((down ? "+" : "-") + Integer.toHexString(sym));

    private BootCommandTyper typer(Duration interval) {
        return new BootCommandTyper(sink, interval, sleeps::add);
    }

    @Test
    void lowerCaseIsOnePressWithAnIntervalAfterEachEvent() throws Exception {
        typer(Duration.ofMillis(7)).type(BootCommandParser.parse("a"));
        assertThat(events).containsExactly("+61", "-61");
        assertThat(sleeps).containsExactly(Duration.ofMillis(7), Duration.ofMillis(7));
    }

    @Test
    void upperCaseAndShiftedSymbolsHoldLeftShift() throws Exception {
        typer(Duration.ZERO).type(BootCommandParser.parse("A:"));
        assertThat(events).containsExactly("+ffe1", "+41", "-41", "-ffe1", "+ffe1", "+3a", "-3a", "-ffe1");
    }

    @Test
    void everyShiftedSymbolOfAUsKeyboard() throws Exception {
        for (char c : "~!@#$%^&*()_+{}|:\"<>?".toCharArray()) {
            assertThat(VncKeys.needsShift(c)).as("%s", c).isTrue();
        }
        for (char c : "`1234567890-=[]\\;',./ abc".toCharArray()) {
            assertThat(VncKeys.needsShift(c)).as("%s", c).isFalse();
        }
    }

    @Test
    void specialKeysUseX11Keysyms() throws Exception {
        typer(Duration.ZERO).type(BootCommandParser.parse("<enter><esc><tab><bs><f1><f12><up><spacebar>"));
        assertThat(events).containsExactly("+ff0d", "-ff0d", "+ff1b", "-ff1b", "+ff09", "-ff09", "+ff08", "-ff08",
                "+ffbe", "-ffbe", "+ffc9", "-ffc9", "+ff52", "-ff52", "+20", "-20");
    }

    @Test
    void onAndOffSendOnlyTheDownOrTheUpEvent() throws Exception {
        typer(Duration.ZERO).type(BootCommandParser.parse("<leftCtrlOn>c<leftCtrlOff><AOn><AOff>"));
        assertThat(events).containsExactly("+ffe3", "+63", "-63", "-ffe3", "+ffe1", "+41", "-41", "-ffe1");
    }

    @Test
    void waitsSleepWithoutKeyEvents() throws Exception {
        typer(Duration.ofMillis(1)).type(BootCommandParser.parse("<wait5m><wait>"));
        assertThat(events).isEmpty();
        assertThat(sleeps).containsExactly(Duration.ofMinutes(5), Duration.ofSeconds(1));
    }

    @Test
    void metaKeysParseButHaveNoVncKeysym() {
        assertThatThrownBy(() -> typer(Duration.ZERO).type(BootCommandParser.parse("<leftMeta>")))
                .isInstanceOf(IOException.class).hasMessage("special leftmeta not found.");
    }

    @Test
    void nonLatin1CharactersUseUnicodeKeysyms() throws Exception {
        typer(Duration.ZERO).type(BootCommandParser.parse("\u00e9\u20ac"));
        assertThat(events).containsExactly("+e9", "-e9", "+10020ac", "-10020ac");
    }

    @Test
    void keyIntervalPrecedence() {
        assertThat(BootCommandTyper.keyInterval(Duration.ofMillis(5), "50ms")).isEqualTo(Duration.ofMillis(5));
        assertThat(BootCommandTyper.keyInterval(null, "50ms")).isEqualTo(Duration.ofMillis(50));
        assertThat(BootCommandTyper.keyInterval(Duration.ZERO, "nonsense")).isEqualTo(Duration.ofMillis(100));
        assertThat(BootCommandTyper.keyInterval(null, null)).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void anInterruptedTyperStops() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> typer(Duration.ZERO).type(BootCommandParser.parse("abc")))
                    .isInstanceOf(InterruptedException.class);
            assertThat(events).isEmpty();
        } finally {
            Thread.interrupted();
        }
    }
}
