package io.jenkins.plugins.packer.engine.hcl;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** An ordered, appendable collection of {@link Diagnostic}s. Not thread-safe. */
public final class Diagnostics implements Iterable<Diagnostic> {

    private final List<Diagnostic> items = new ArrayList<>();

    public Diagnostics add(Diagnostic d) {
        items.add(d);
        return this;
    }

    public Diagnostics addAll(Iterable<Diagnostic> ds) {
        for (Diagnostic d : ds) {
            items.add(d);
        }
        return this;
    }

    public Diagnostics error(String summary, String detail, Range subject) {
        return add(Diagnostic.error(summary, detail, subject));
    }

    public Diagnostics warning(String summary, String detail, Range subject) {
        return add(Diagnostic.warning(summary, detail, subject));
    }

    public boolean hasErrors() {
        for (Diagnostic d : items) {
            if (d.isError()) {
                return true;
            }
        }
        return false;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public int size() {
        return items.size();
    }

    public List<Diagnostic> asList() {
        return List.copyOf(items);
    }

    @Override
    public Iterator<Diagnostic> iterator() {
        return asList().iterator();
    }

    @Override
    public String toString() {
        return items.toString();
    }
}
