package io.jenkins.plugins.packer.engine.hcl.function;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A function table made on first use: creating a large library's function objects (a lambda each, linked the
 * first time it runs) costs tens of milliseconds of start-up, which a template that calls no function need not
 * pay. Unmodifiable; thread-safe.
 */
public final class LazyFunctionTable extends AbstractMap<String, Function> {

    private final Supplier<Map<String, Function>> make;
    private volatile Map<String, Function> table;

    /** @param make returns the unmodifiable table; called at most once */
    public LazyFunctionTable(Supplier<Map<String, Function>> make) {
        this.make = make;
    }

    private Map<String, Function> table() {
        Map<String, Function> t = table;
        if (t == null) {
            synchronized (this) {
                t = table;
                if (t == null) {
                    t = make.get();
                    table = t;
                }
            }
        }
        return t;
    }

    @Override
    public Function get(Object name) {
        return table().get(name);
    }

    @Override
    public boolean containsKey(Object name) {
        return table().containsKey(name);
    }

    @Override
    public int size() {
        return table().size();
    }

    @Override
    public Set<Entry<String, Function>> entrySet() {
        return table().entrySet();
    }
}
