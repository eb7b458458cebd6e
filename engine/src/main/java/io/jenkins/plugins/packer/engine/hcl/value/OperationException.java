package io.jenkins.plugins.packer.engine.hcl.value;

/**
 * An operation rejected its operands. Carries what an HCL diagnostic needs: a {@link #summary()} such as
 * {@code "Invalid operand"}, {@code "Invalid index"} or {@code "Unsupported attribute"}, a detail (the
 * exception message, a full sentence such as {@code "Unsuitable value for left operand: a number is
 * required."}), and which operand is at fault so the caller can point at its source range.
 */
public final class OperationException extends Exception {

    private static final long serialVersionUID = 1L;

    /** {@link #operandIndex()} when the failure concerns the operation as a whole. */
    public static final int WHOLE = -1;

    private final String summary;
    private final int operandIndex;

    /**
     * @param operandIndex 0 for the left (or only) operand, 1 for the right operand, {@link #WHOLE} otherwise
     */
    public OperationException(String summary, String detail, int operandIndex) {
        super(detail);
        this.summary = summary;
        this.operandIndex = operandIndex;
    }

    public String summary() {
        return summary;
    }

    /** The diagnostic detail; same as {@link #getMessage()}. */
    public String detail() {
        return getMessage();
    }

    /** 0 for the left (or only) operand, 1 for the right one, {@link #WHOLE} for the whole operation. */
    public int operandIndex() {
        return operandIndex;
    }
}
