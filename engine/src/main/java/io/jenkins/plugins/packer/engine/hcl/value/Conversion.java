package io.jenkins.plugins.packer.engine.hcl.value;

import java.util.List;

/** A planned conversion from one type to another; {@code path} locates the value for error messages. */
@FunctionalInterface
interface Conversion {

    Value apply(Value in, List<Object> path) throws ConversionException;

    static List<Object> append(List<Object> path, Object step) {
        Object[] steps = path.toArray(new Object[path.size() + 1]);
        steps[path.size()] = step;
        return List.of(steps);
    }
}
