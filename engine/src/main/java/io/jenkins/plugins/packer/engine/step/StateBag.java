package io.jenkins.plugins.packer.engine.step;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the steps of one run share, under {@link StateKey typed keys} (instead of Packer's string-keyed
 * {@code StateBag} with casts). Thread-safe. Null values are not stored: putting null removes the key.
 */
public final class StateBag {

    private final Map<StateKey<?>, Object> values = new ConcurrentHashMap<>();

    public <T> void put(StateKey<T> key, T value) {
        if (value == null) {
            values.remove(key);
        } else {
            values.put(key, key.check(value));
        }
    }

    public <T> Optional<T> get(StateKey<T> key) {
        Object v = values.get(key);
        return v == null ? Optional.empty() : Optional.of(key.check(v));
    }

    /** The value, which an earlier step must have put; otherwise a bug, reported with the key's name. */
    public <T> T require(StateKey<T> key) {
        return get(key).orElseThrow(() -> new IllegalStateException(
                "state \"" + key.name() + "\" has not been set by an earlier step"));
    }

    public boolean contains(StateKey<?> key) {
        return values.containsKey(key);
    }

    public <T> Optional<T> remove(StateKey<T> key) {
        Object v = values.remove(key);
        return v == null ? Optional.empty() : Optional.of(key.check(v));
    }
}
