package io.jenkins.plugins.packer.engine.hcl;

/**
 * A source range: file name, start position (inclusive) and end position (exclusive).
 * Printed as HCL does: {@code file:line,col-col} or {@code file:line,col-line,col}.
 */
public record Range(String filename, Pos start, Pos end) {

    /** A zero-length range at {@code pos}. */
    public static Range at(String filename, Pos pos) {
        return new Range(filename, pos, pos);
    }

    /** The smallest range covering both {@code a} and {@code b} (which must be in the same file). */
    public static Range between(Range a, Range b) {
        Pos s = a.start.compareTo(b.start) <= 0 ? a.start : b.start;
        Pos e = a.end.compareTo(b.end) >= 0 ? a.end : b.end;
        return new Range(a.filename, s, e);
    }

    public boolean contains(Pos p) {
        return p.byteOffset() >= start.byteOffset() && p.byteOffset() < end.byteOffset();
    }

    @Override
    public String toString() {
        if (start.line() == end.line()) {
            return filename + ":" + start.line() + "," + start.column() + "-" + end.column();
        }
        return filename + ":" + start.line() + "," + start.column() + "-" + end.line() + "," + end.column();
    }
}
