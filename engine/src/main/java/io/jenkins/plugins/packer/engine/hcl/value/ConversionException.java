package io.jenkins.plugins.packer.engine.hcl.value;

import java.util.List;

/**
 * A value could not be converted to a wanted type. The message is go-cty's wording, such as
 * {@code "a number is required"}, {@code "element 1: string required"} or
 * {@code "attribute \"a\" is required"}. {@link #path()} locates the offending nested value, when the failure
 * was found while converting a nested element (it is empty when the message already names the place, as
 * the static mismatch messages do).
 */
public final class ConversionException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Object> path;

    public ConversionException(String message) {
        this(message, List.of());
    }

    /**
     * @param path steps from the converted value down to the failing one: {@link Integer} for a list or tuple
     *     index, {@link String} for a map key or object attribute
     */
    public ConversionException(String message, List<Object> path) {
        super(message);
        this.path = List.copyOf(path);
    }

    /** Steps to the failing nested value: {@code Integer} indices and {@code String} keys or attributes. */
    public List<Object> path() {
        return path;
    }

    /** The path as Terraform prints it, such as {@code [1].name}; empty when there is no path. */
    public String pathString() {
        StringBuilder sb = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer i) {
                sb.append('[').append(i).append(']');
            } else {
                sb.append('.').append(step);
            }
        }
        return sb.toString();
    }

    /** The message prefixed by its path when it has one, such as {@code [1]: a number is required}. */
    public String messageWithPath() {
        return path.isEmpty() ? getMessage() : pathString() + ": " + getMessage();
    }
}
