package io.jenkins.plugins.packer.engine.ui;

import java.util.List;
import java.util.Optional;

/** Base of the Ui decorators: forwards everything to a delegate; subclasses override what they change. */
public abstract class ForwardingUi implements Ui {

    protected final Ui delegate;

    protected ForwardingUi(Ui delegate) {
        this.delegate = delegate;
    }

    @Override
    public void say(String message) {
        delegate.say(message);
    }

    @Override
    public void message(String message) {
        delegate.message(message);
    }

    @Override
    public void error(String message) {
        delegate.error(message);
    }

    @Override
    public void machine(String target, String type, List<String> data) {
        delegate.machine(target, type, data);
    }

    @Override
    public Optional<String> ask(String query) {
        return delegate.ask(query);
    }

    @Override
    public boolean interactive() {
        return delegate.interactive();
    }

    @Override
    public Progress progress(String label, long totalBytes) {
        return delegate.progress(label, totalBytes);
    }
}
