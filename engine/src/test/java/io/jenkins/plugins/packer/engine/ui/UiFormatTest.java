package io.jenkins.plugins.packer.engine.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.log.DebugLog;
import io.jenkins.plugins.packer.engine.secret.SecretMasker;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class UiFormatTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);

    private String text() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void targetedUiPrefixesEveryLineAndTrimsTrailingWhitespaceOfTheWhole() {
        Ui ui = new TargetedUi("demo.null.b", BasicUi.to(stream));
        ui.say("first\nsecond  \n\n");
        ui.message("out 1\nout 2 ");
        ui.error("bad");
        assertThat(text()).isEqualTo(
                "==> demo.null.b: first\n"
                        + "==> demo.null.b: second  \n"
                        + "==> demo.null.b: \n"
                        + "==> demo.null.b:\n"
                        + "    demo.null.b: out 1\n"
                        + "    demo.null.b: out 2\n"
                        + "==> demo.null.b: bad\n");
    }

    @Test
    void basicUiWritesTextAsIsErrorsToTheErrorStreamWhenGiven() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        BasicUi ui = BasicUi.to(stream).withErrors(new PrintStream(err, true, StandardCharsets.UTF_8));
        ui.say("\n==> Builds finished but no artifacts were created.");
        ui.say("--> null: Created artifact from files: ");
        ui.error("oops");
        assertThat(text()).isEqualTo("\n==> Builds finished but no artifacts were created.\n"
                + "--> null: Created artifact from files: \n");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("oops\n");
    }

    @Test
    void basicUiWithoutTerminalCannotAsk() {
        BasicUi ui = BasicUi.to(stream);
        assertThat(ui.interactive()).isFalse();
        assertThat(ui.ask("Continue?")).isEmpty();
        assertThat(text()).isEmpty();
    }

    @Test
    void basicUiAsksOnTheTerminal() {
        BasicUi ui = BasicUi.to(stream).withTerminal(Optional.of(() -> Optional.of("  r \n")));
        assertThat(ui.ask("[c] or [r]?")).contains("r");
        assertThat(text()).isEqualTo("[c] or [r]? ");
    }

    @Test
    void machineReadableFormatAndEscaping() {
        Clock clock = Clock.fixed(Instant.ofEpochSecond(1795401340), ZoneOffset.UTC);
        Ui ui = new MachineReadableUi(stream, clock, SecretMasker.of(List.of("hunter2")), DebugLog.disabled());
        ui.say("a, b\nc\rd \\n");
        ui.message("pass hunter2");
        new TargetedUi("demo.file.a", ui).machine("artifact", "0", "file", "0", "out,a.txt");
        ui.machine("error-count", "1");
        ui.machine("version");
        assertThat(text()).isEqualTo(
                "1795401340,,ui,say,a%!(PACKER_COMMA) b\\nc\\rd \\n\n"
                        + "1795401340,,ui,message,pass <sensitive>\n"
                        + "1795401340,demo.file.a,artifact,0,file,0,out%!(PACKER_COMMA)a.txt\n"
                        + "1795401340,,error-count,1\n"
                        + "1795401340,,version,\n");
        assertThat(ui.ask("?")).isEmpty();
        assertThat(ui.progress("x", 10)).isSameAs(Progress.NONE);
    }

    @Test
    void targetedSayOnMachineReadableKeepsTheTargetInTheText() {
        Clock clock = Clock.fixed(Instant.ofEpochSecond(7), ZoneOffset.UTC);
        Ui ui = new TargetedUi("null.b", new MachineReadableUi(stream, clock, SecretMasker.empty(),
                DebugLog.disabled()));
        ui.say("Running post-processor:  (type manifest)");
        assertThat(text()).isEqualTo("7,,ui,say,==> null.b: Running post-processor:  (type manifest)\n");
    }

    @Test
    void timestampPrefixIsRfc3339() {
        Clock utc = Clock.fixed(Instant.parse("2026-11-23T02:35:44.789Z"), ZoneOffset.UTC);
        Clock paris = Clock.fixed(Instant.parse("2026-11-23T02:35:44Z"), ZoneId.of("Europe/Paris"));
        new TargetedUi("null", new TimestampedUi(BasicUi.to(stream), utc)).say("Running");
        new TimestampedUi(BasicUi.to(stream), paris).message("two\nlines");
        assertThat(text()).isEqualTo("2026-11-23T02:35:44Z: ==> null: Running\n"
                + "2026-11-23T03:35:44+01:00: two\nlines\n");
    }

    @Test
    void coloredUiUsesPackersEscapes() {
        Ui ui = new ColoredUi(UiColor.GREEN, BasicUi.to(stream));
        ui.say("s");
        ui.message("m");
        ui.error("e");
        assertThat(text()).isEqualTo("\033[1;32ms\033[0m\n\033[0;32mm\033[0m\n\033[1;31me\033[0m\n");
    }

    @Test
    void maskingHappensBeforeAndAtTheSink() {
        SecretMasker run = SecretMasker.of(List.of("runsecret"));
        SecretMasker build = run.derive(List.of("buildsecret"));
        Ui ui = new TargetedUi("b", new MaskingUi(build, BasicUi.to(stream).withMasker(run)));
        ui.message("runsecret buildsecret");
        BasicUi.to(stream).withMasker(run).say("runsecret buildsecret");
        assertThat(text()).isEqualTo("    b: <sensitive> <sensitive>\n<sensitive> buildsecret\n");
    }

    @Test
    void parallelWritersNeverInterleaveWithinALine() throws Exception {
        BasicUi sink = BasicUi.to(stream);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int t = 0; t < 8; t++) {
            Ui ui = new TargetedUi("build" + t, sink);
            pool.submit(() -> {
                for (int i = 0; i < 200; i++) {
                    ui.message("line " + i + " " + "x".repeat(100));
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        List<String> lines = text().lines().toList();
        assertThat(lines).hasSize(1600)
                .allSatisfy(l -> assertThat(l).matches("    build\\d: line \\d+ x{100}"));
    }

    @Test
    void debugLogEchoesUiLinesInGoLogFormatMasked() {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Clock clock = Clock.fixed(Instant.parse("2026-05-08T20:43:45Z"), ZoneOffset.UTC);
        SecretMasker masker = SecretMasker.of(List.of("topsecret"));
        DebugLog debug = DebugLog.to(log, masker, clock);
        BasicUi ui = BasicUi.to(stream).withMasker(masker).withLog(debug);
        ui.say("==> x: topsecret");
        ui.error("failed");
        ui.machine("x", "artifact", List.of("0", "id", "topsecret\"q"));
        debug.log("[INFO] Packer version: 1.6.6");
        assertThat(log.toString(StandardCharsets.UTF_8)).isEqualTo(
                "2026/05/08 20:43:45 ui: ==> x: <sensitive>\n"
                        + "2026/05/08 20:43:45 ui error: failed\n"
                        + "2026/05/08 20:43:45 machine readable: x,artifact []string{\"0\", \"id\", \"<sensitive>\\\"q\"}\n"
                        + "2026/05/08 20:43:45 [INFO] Packer version: 1.6.6\n");
    }
}
