package io.jenkins.plugins.packer.engine.hcl.function;

/**
 * A function rejected its arguments or failed. {@code argumentIndex} names the argument at fault (0-based,
 * counting expanded and variadic arguments), or is -1 when the failure concerns the call as a whole.
 */
public final class FunctionException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int argumentIndex;

    public FunctionException(int argumentIndex, String message) {
        super(message);
        this.argumentIndex = argumentIndex;
    }

    public FunctionException(String message) {
        this(-1, message);
    }

    public int argumentIndex() {
        return argumentIndex;
    }
}
