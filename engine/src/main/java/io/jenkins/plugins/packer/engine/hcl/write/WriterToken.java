package io.jenkins.plugins.packer.engine.hcl.write;

import io.jenkins.plugins.packer.engine.hcl.syntax.lex.Token;
import io.jenkins.plugins.packer.engine.hcl.syntax.lex.TokenType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A token as the formatter sees it (hashicorp/hcl's {@code hclwrite.Token}): its type, its source bytes and the
 * number of spaces written before it. Formatting changes only {@link #spacesBefore}; the bytes are never
 * touched, which is why formatting cannot change what a file means.
 */
final class WriterToken {

    private static final Pattern GRAPHEME = Pattern.compile("\\X");

    private final TokenType type;
    private final byte[] source;
    private final int start;
    private final int end;
    int spacesBefore;

    WriterToken(Token token, int spacesBefore) {
        this.type = token.type();
        this.source = token.source();
        this.start = token.start();
        this.end = token.end();
        this.spacesBefore = spacesBefore;
    }

    TokenType type() {
        return type;
    }

    boolean is(TokenType t) {
        return type == t;
    }

    /** The token's last byte, or -1 for an empty token. */
    int lastByte() {
        return end > start ? source[end - 1] & 0xff : -1;
    }

    boolean isKeyword(String word) {
        return type == TokenType.IDENT && text().equals(word);
    }

    String text() {
        return new String(source, start, end - start, StandardCharsets.UTF_8);
    }

    /** Columns the token occupies: its spaces plus its grapheme clusters, as hclwrite counts them. */
    int columns() {
        return spacesBefore + graphemes();
    }

    private int graphemes() {
        if (end == start) {
            return 0;
        }
        boolean ascii = true;
        for (int i = start; i < end && ascii; i++) {
            ascii = source[i] >= 0 && source[i] != '\r';
        }
        if (ascii) {
            return end - start;
        }
        Matcher m = GRAPHEME.matcher(text());
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    void writeTo(ByteArrayOutputStream out) {
        for (int i = 0; i < spacesBefore; i++) {
            out.write(' ');
        }
        out.write(source, start, end - start);
    }

    /** Columns of a run of tokens (hclwrite's {@code Tokens.Columns}). */
    static int columns(List<WriterToken> tokens) {
        if (tokens == null) {
            return 0;
        }
        int n = 0;
        for (WriterToken t : tokens) {
            n += t.columns();
        }
        return n;
    }

    @Override
    public String toString() {
        return type + "(" + text().replace("\n", "\\n") + ")+" + spacesBefore;
    }
}
