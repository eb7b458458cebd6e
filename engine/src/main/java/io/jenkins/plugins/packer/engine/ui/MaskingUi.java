package io.jenkins.plugins.packer.engine.ui;

import io.jenkins.plugins.packer.engine.secret.SecretMasker;
import java.util.List;
import java.util.Optional;

/**
 * Masks a build's secrets in everything that passes: text, questions, machine-readable data, progress labels.
 * Each build's UI chain starts with one, holding that build's {@link SecretMasker}; the sinks
 * ({@link BasicUi}, {@link MachineReadableUi}) mask again with the run's masker for run-level output.
 */
public final class MaskingUi extends ForwardingUi {

    private final SecretMasker masker;

    public MaskingUi(SecretMasker masker, Ui delegate) {
        super(delegate);
        this.masker = masker;
    }

    public SecretMasker masker() {
        return masker;
    }

    @Override
    public void say(String message) {
        delegate.say(masker.mask(message));
    }

    @Override
    public void message(String message) {
        delegate.message(masker.mask(message));
    }

    @Override
    public void error(String message) {
        delegate.error(masker.mask(message));
    }

    @Override
    public void machine(String target, String type, List<String> data) {
        delegate.machine(masker.mask(target), type, data.stream().map(masker::mask).toList());
    }

    @Override
    public Optional<String> ask(String query) {
        return delegate.ask(masker.mask(query));
    }

    @Override
    public Progress progress(String label, long totalBytes) {
        return delegate.progress(masker.mask(label), totalBytes);
    }
}
