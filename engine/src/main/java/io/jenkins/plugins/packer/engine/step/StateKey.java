package io.jenkins.plugins.packer.engine.step;

import java.util.Objects;

/**
 * A typed key into a {@link StateBag}: what one step leaves for later steps (a driver, an instance id, a
 * communicator). Keys compare by identity, so two keys with the same name never collide; declare each once
 * as a constant next to the steps that use it, e.g.
 * {@code static final StateKey<Communicator> COMMUNICATOR = StateKey.of("communicator", Communicator.class);}
 *
 * @param <T> the type of the value stored under this key
 */
public final class StateKey<T> {

    private final String name;
    private final Class<T> type;

    private StateKey(String name, Class<T> type) {
        this.name = Objects.requireNonNull(name);
        this.type = type;
    }

    /** A key whose values are checked against {@code type} when stored. */
    public static <T> StateKey<T> of(String name, Class<T> type) {
        return new StateKey<>(name, Objects.requireNonNull(type));
    }

    /**
     * A key for a generic type such as {@code List<String>}, whose values the compiler checks but the
     * bag cannot check at run time.
     */
    public static <T> StateKey<T> generic(String name) {
        return new StateKey<>(name, null);
    }

    /** The name, for messages and the debug log. */
    public String name() {
        return name;
    }

    T check(Object value) {
        if (type != null && !type.isInstance(value)) {
            throw new ClassCastException("state \"" + name + "\" expects " + type.getName() + ", not "
                    + value.getClass().getName());
        }
        @SuppressWarnings("unchecked") // put() only accepts T for a generic key
        T t = (T) value;
        return t;
    }

    @Override
    public String toString() {
        return "StateKey[" + name + "]";
    }
}
