package io.jenkins.plugins.packer.engine.hcl.syntax.lex;

import io.jenkins.plugins.packer.engine.hcl.Range;
import java.nio.charset.StandardCharsets;

/**
 * One token: its type, the source bytes {@code [start, end)} it covers, and its range. The bytes are not
 * copied; {@link #text()} decodes them on demand.
 */
public record Token(TokenType type, byte[] source, int start, int end, Range range) {

    /** The token's source text, decoded as UTF-8 (invalid bytes become U+FFFD). */
    public String text() {
        return new String(source, start, end - start, StandardCharsets.UTF_8);
    }

    public int length() {
        return end - start;
    }

    /** The byte at {@code i} within the token, or -1 when out of range. */
    public int byteAt(int i) {
        return i >= 0 && start + i < end ? source[start + i] & 0xff : -1;
    }

    public boolean is(TokenType t) {
        return type == t;
    }

    /** True for an identifier token spelled {@code keyword}. */
    public boolean isKeyword(String keyword) {
        return type == TokenType.IDENT && text().equals(keyword);
    }

    @Override
    public String toString() {
        return type + "(" + text().replace("\n", "\\n") + ")@" + range;
    }
}
