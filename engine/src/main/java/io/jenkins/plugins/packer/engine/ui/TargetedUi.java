package io.jenkins.plugins.packer.engine.ui;

import java.util.List;
import java.util.Optional;

/**
 * The per-build UI (Packer's {@code TargetedUI}): every line of a {@link #say} or {@link #error} is prefixed
 * {@code ==> NAME: }, every line of a {@link #message} {@code     NAME: } (aligned under the arrow), and
 * trailing whitespace of the whole text is trimmed. Machine-readable records get the build as target.
 */
public final class TargetedUi extends ForwardingUi {

    private final String target;

    public TargetedUi(String target, Ui delegate) {
        super(delegate);
        this.target = target;
    }

    public String target() {
        return target;
    }

    /** The same output under another target, e.g. {@code NAME (TYPE)} for a post-processor. */
    public TargetedUi retarget(String newTarget) {
        return new TargetedUi(newTarget, delegate);
    }

    @Override
    public void say(String message) {
        delegate.say(prefixLines(true, message));
    }

    @Override
    public void message(String message) {
        delegate.message(prefixLines(false, message));
    }

    @Override
    public void error(String message) {
        delegate.error(prefixLines(true, message));
    }

    @Override
    public Optional<String> ask(String query) {
        return delegate.ask(prefixLines(true, query));
    }

    @Override
    public void machine(String target, String type, List<String> data) {
        delegate.machine(target.isEmpty() ? this.target : target, type, data);
    }

    @Override
    public Progress progress(String label, long totalBytes) {
        return delegate.progress(prefixLines(false, label), totalBytes);
    }

    /** Packer's {@code prefixLines}: prefix each {@code \n}-separated line, then trim trailing whitespace. */
    String prefixLines(boolean arrow, String message) {
        String prefix = (arrow ? "==> " : "    ") + target + ": ";
        StringBuilder out = new StringBuilder();
        for (String line : message.split("\n", -1)) {
            out.append(prefix).append(line).append('\n');
        }
        return out.toString().stripTrailing();
    }
}
