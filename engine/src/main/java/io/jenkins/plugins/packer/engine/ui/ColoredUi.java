package io.jenkins.plugins.packer.engine.ui;

import java.util.List;
import java.util.Optional;

/**
 * Colors a build's output (Packer's {@code ColoredUi}): say and ask bold in the build's color, message in the
 * plain color, errors bold red; machine-readable records untouched. Whether colors are on at all is decided
 * by whoever builds the UI chain ({@code -color}, {@code PACKER_NO_COLOR}, a terminal on standard output).
 */
public final class ColoredUi extends ForwardingUi {

    private final UiColor color;
    private final UiColor errorColor;

    public ColoredUi(UiColor color, Ui delegate) {
        this(color, UiColor.RED, delegate);
    }

    public ColoredUi(UiColor color, UiColor errorColor, Ui delegate) {
        super(delegate);
        this.color = color;
        this.errorColor = errorColor;
    }

    @Override
    public void say(String message) {
        delegate.say(color.apply(message, true));
    }

    @Override
    public void message(String message) {
        delegate.message(color.apply(message, false));
    }

    @Override
    public void error(String message) {
        delegate.error(errorColor.apply(message, true));
    }

    @Override
    public Optional<String> ask(String query) {
        return delegate.ask(color.apply(query, true));
    }

    @Override
    public void machine(String target, String type, List<String> data) {
        delegate.machine(target, type, data);
    }

    @Override
    public Progress progress(String label, long totalBytes) {
        return delegate.progress(color.apply(label, false), totalBytes);
    }
}
