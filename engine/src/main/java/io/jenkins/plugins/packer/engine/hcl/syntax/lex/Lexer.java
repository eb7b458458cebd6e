package io.jenkins.plugins.packer.engine.hcl.syntax.lex;

import io.jenkins.plugins.packer.engine.hcl.Pos;
import java.util.List;

/**
 * The hand-written modal scanner of the HCL native syntax. It follows hashicorp/hcl's scanner: a normal mode
 * for structure and expressions ({@link MainScanner}), quoted-template, heredoc and bare-template modes
 * ({@link TemplateScanner}), and a brace counter deciding whether {@code }} closes an interpolation or an
 * object. All state is kept in explicit stacks ({@link ScanState}), so no input can make it recurse. It never
 * fails: whatever it cannot match becomes an {@link TokenType#INVALID} or {@link TokenType#BAD_UTF8} token,
 * and the token list always ends with {@link TokenType#EOF}.
 */
public final class Lexer {

    /** What the whole input is. */
    public enum Mode {
        /** A configuration file or an expression. */
        NORMAL,
        /** A standalone template (literal text with {@code ${}} and {@code %{}} sequences). */
        TEMPLATE
    }

    private Lexer() {
    }

    /**
     * Scans {@code src}. {@code start} is the position of the first byte (its byte offset included); a UTF-8
     * byte order mark is skipped.
     */
    public static List<Token> scan(byte[] src, String filename, Pos start, Mode mode) {
        int first = startsWithBom(src) ? 3 : 0;
        ScanState s = new ScanState(src, first, filename, start,
                mode == Mode.TEMPLATE ? ScanState.Mode.BARE : ScanState.Mode.MAIN);
        MainScanner main = new MainScanner(s);
        TemplateScanner templates = new TemplateScanner(s);
        while (s.p < s.end) {
            switch (s.mode) {
                case MAIN -> main.scan();
                case STRING -> templates.scanString();
                case HEREDOC -> templates.scanHeredoc();
                default -> templates.scanBare();
            }
        }
        s.emit(TokenType.EOF, s.end, s.end);
        return s.tokens;
    }

    private static boolean startsWithBom(byte[] src) {
        return src.length >= 3 && src[0] == (byte) 0xEF && src[1] == (byte) 0xBB && src[2] == (byte) 0xBF;
    }
}
