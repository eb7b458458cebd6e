package io.jenkins.plugins.packer.engine.ui;

import io.jenkins.plugins.packer.engine.log.DebugLog;
import io.jenkins.plugins.packer.engine.secret.SecretMasker;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * {@code -machine-readable} output (Packer's {@code MachineReadableUi}): one line per record,
 * {@code UNIXSECONDS,TARGET,TYPE,DATA...}; say, message and error become {@code ,,ui,say|message|error,TEXT}.
 * In each data field {@code ,} becomes {@code %!(PACKER_COMMA)}, CR {@code \r} and LF {@code \n} (a backslash
 * and a letter). Unlike Packer 1.6.6, which leaked them here, secrets are masked. No questions, no colors,
 * no progress.
 */
public final class MachineReadableUi implements Ui {

    /** What a comma in a data field is replaced with. */
    public static final String COMMA = "%!(PACKER_COMMA)";

    private final PrintStream out;
    private final Clock clock;
    private final SecretMasker masker;
    private final DebugLog log;

    public MachineReadableUi(PrintStream out, Clock clock, SecretMasker masker, DebugLog log) {
        this.out = out;
        this.clock = clock;
        this.masker = masker;
        this.log = log;
    }

    @Override
    public void say(String message) {
        machine("", "ui", List.of("say", message));
    }

    @Override
    public void message(String message) {
        machine("", "ui", List.of("message", message));
    }

    @Override
    public void error(String message) {
        machine("", "ui", List.of("error", message));
    }

    @Override
    public void machine(String target, String type, List<String> data) {
        StringBuilder line = new StringBuilder()
                .append(clock.instant().getEpochSecond()).append(',')
                .append(masker.mask(target)).append(',')
                .append(type).append(',');
        for (int i = 0; i < data.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(escape(masker.mask(data.get(i))));
        }
        String text = line.toString();
        synchronized (this) {
            out.print(text + "\n");
            out.flush();
        }
        log.log(text);
    }

    /** Packer's data escaping: commas, then CR and LF. Other characters, backslashes included, stay. */
    public static String escape(String field) {
        return field.replace(",", COMMA).replace("\r", "\\r").replace("\n", "\\n");
    }

    @Override
    public Optional<String> ask(String query) {
        log.log("ui: ask: machine-readable UI can't ask: " + masker.mask(query));
        return Optional.empty();
    }

    @Override
    public boolean interactive() {
        return false;
    }

    @Override
    public Progress progress(String label, long totalBytes) {
        return Progress.NONE;
    }
}
