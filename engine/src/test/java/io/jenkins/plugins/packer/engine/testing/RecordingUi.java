package io.jenkins.plugins.packer.engine.testing;

import io.jenkins.plugins.packer.engine.ui.Progress;
import io.jenkins.plugins.packer.engine.ui.Ui;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** A Ui for tests: records every call as {@code kind: text}; answers questions from a script. */
public final class RecordingUi implements Ui {

    private final List<String> lines = new ArrayList<>();
    private final Deque<String> answers = new ArrayDeque<>();
    private final boolean interactive;

    public RecordingUi() {
        this(false);
    }

    public RecordingUi(boolean interactive, String... answers) {
        this.interactive = interactive;
        this.answers.addAll(List.of(answers));
    }

    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public synchronized void say(String message) {
        lines.add("say: " + message);
    }

    @Override
    public synchronized void message(String message) {
        lines.add("message: " + message);
    }

    @Override
    public synchronized void error(String message) {
        lines.add("error: " + message);
    }

    @Override
    public synchronized void machine(String target, String type, List<String> data) {
        lines.add("machine: " + target + "," + type + "," + String.join(",", data));
    }

    @Override
    public synchronized Optional<String> ask(String query) {
        lines.add("ask: " + query);
        if (!interactive) {
            return Optional.empty();
        }
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public boolean interactive() {
        return interactive;
    }

    @Override
    public Progress progress(String label, long totalBytes) {
        return Progress.NONE;
    }
}
