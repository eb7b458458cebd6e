package io.jenkins.plugins.packer.engine.hcl;

/**
 * A position in a source file: 1-based line, 1-based column counted in characters (Unicode code points,
 * as HCL counts grapheme-ish columns), and 0-based byte offset into the UTF-8 source.
 */
public record Pos(int line, int column, int byteOffset) implements Comparable<Pos> {

    public static final Pos START = new Pos(1, 1, 0);

    @Override
    public int compareTo(Pos o) {
        return Integer.compare(byteOffset, o.byteOffset);
    }
}
