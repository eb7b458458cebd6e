package io.jenkins.plugins.packer.engine.hcl.syntax.lex;

import static io.jenkins.plugins.packer.engine.hcl.syntax.lex.TokenType.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.Pos;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LexerTest {

    private static List<Token> scan(String s, Lexer.Mode mode) {
        return Lexer.scan(s.getBytes(StandardCharsets.UTF_8), "f", Pos.START, mode);
    }

    private static List<TokenType> types(String s) {
        return scan(s, Lexer.Mode.NORMAL).stream().map(Token::type).collect(Collectors.toList());
    }

    private static List<String> texts(String s, Lexer.Mode mode) {
        return scan(s, mode).stream().map(t -> t.type() + ":" + t.text()).collect(Collectors.toList());
    }

    @Test
    void operatorsAndPunctuation() {
        assertThat(types("== != <= >= && || :: ... => = < > ! ? : . , + - * / % ( ) [ ]"))
                .containsExactly(EQUAL_OP, NOT_EQUAL, LESS_THAN_EQ, GREATER_THAN_EQ, AND, OR, DOUBLE_COLON, ELLIPSIS,
                        FAT_ARROW, EQUAL, LESS_THAN, GREATER_THAN, BANG, QUESTION, COLON, DOT, COMMA, PLUS, MINUS,
                        STAR, SLASH, PERCENT, O_PAREN, C_PAREN, O_BRACK, C_BRACK, EOF);
    }

    @Test
    void numbersNeverEndWithADot() {
        assertThat(texts("1 1.5 1e10 2.5E-3 1. 0.1.2 1e", Lexer.Mode.NORMAL)).containsExactly("NUMBER_LIT:1",
                "NUMBER_LIT:1.5", "NUMBER_LIT:1e10", "NUMBER_LIT:2.5E-3", "NUMBER_LIT:1", "DOT:.", "NUMBER_LIT:0.1.2",
                "NUMBER_LIT:1", "IDENT:e", "EOF:");
    }

    @Test
    void identifiersAllowDashesAndUnicode() {
        assertThat(texts("foo-bar _x ÄÖ_1 a1", Lexer.Mode.NORMAL)).containsExactly("IDENT:foo-bar", "IDENT:_x",
                "IDENT:ÄÖ_1", "IDENT:a1", "EOF:");
    }

    @Test
    void commentsKeepTheirNewline() {
        List<Token> t = scan("a # x\n// y\n/* z\n */ b", Lexer.Mode.NORMAL);
        assertThat(t).extracting(Token::type).containsExactly(IDENT, COMMENT, COMMENT, COMMENT, IDENT, EOF);
        assertThat(t.get(1).text()).isEqualTo("# x\n");
        assertThat(t.get(3).text()).isEqualTo("/* z\n */");
    }

    @Test
    void unterminatedBlockCommentIsASlash() {
        assertThat(types("/* x")).containsExactly(SLASH, STAR, IDENT, EOF);
    }

    @Test
    void positionsCountLinesColumnsAndBytes() {
        List<Token> t = scan("a = \"é\"\r\n  b", Lexer.Mode.NORMAL);
        Token b = t.get(t.size() - 2);
        assertThat(b.text()).isEqualTo("b");
        assertThat(b.range().start()).isEqualTo(new Pos(2, 3, 12));
        Token lit = t.get(3);
        assertThat(lit.type()).isEqualTo(QUOTED_LIT);
        assertThat(lit.range().start()).isEqualTo(new Pos(1, 6, 5));
        assertThat(lit.range().end()).isEqualTo(new Pos(1, 7, 7));
        Token nl = t.get(5);
        assertThat(nl.type()).isEqualTo(NEWLINE);
        assertThat(nl.range().end()).isEqualTo(new Pos(2, 1, 10));
    }

    @Test
    void byteOrderMarkIsSkipped() {
        byte[] src = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'};
        List<Token> t = Lexer.scan(src, "f", Pos.START, Lexer.Mode.NORMAL);
        assertThat(t.get(0).type()).isEqualTo(IDENT);
        assertThat(t.get(0).range().start()).isEqualTo(new Pos(1, 1, 3));
    }

    @Test
    void startPositionOffsetsEverything() {
        List<Token> t = Lexer.scan("x".getBytes(StandardCharsets.UTF_8), "f", new Pos(5, 10, 100),
                Lexer.Mode.NORMAL);
        assertThat(t.get(0).range().start()).isEqualTo(new Pos(5, 10, 100));
        assertThat(t.get(0).range().end()).isEqualTo(new Pos(5, 11, 101));
    }

    @Test
    void quotedTemplateModes() {
        assertThat(texts("\"a${b}c$${d}%%{e}$\"", Lexer.Mode.NORMAL)).containsExactly("O_QUOTE:\"",
                "QUOTED_LIT:a", "TEMPLATE_INTERP:${", "IDENT:b", "TEMPLATE_SEQ_END:}", "QUOTED_LIT:c",
                "QUOTED_LIT:$${", "QUOTED_LIT:d}", "QUOTED_LIT:%%{", "QUOTED_LIT:e}", "QUOTED_LIT:$", "C_QUOTE:\"",
                "EOF:");
    }

    @Test
    void bracesInsideInterpolationAreCounted() {
        assertThat(types("\"${ {a=1}.a ~}\"")).containsExactly(O_QUOTE, TEMPLATE_INTERP, O_BRACE, IDENT, EQUAL,
                NUMBER_LIT, C_BRACE, DOT, IDENT, TEMPLATE_SEQ_END, C_QUOTE, EOF);
    }

    @Test
    void escapesStayInsideTheLiteral() {
        assertThat(texts("\"a\\\"b\\\\\"", Lexer.Mode.NORMAL)).containsExactly("O_QUOTE:\"", "QUOTED_LIT:a\\\"b\\\\",
                "C_QUOTE:\"", "EOF:");
    }

    @Test
    void newlineInQuotedStringIsItsOwnToken() {
        assertThat(types("\"a\nb\"")).containsExactly(O_QUOTE, QUOTED_LIT, QUOTED_NEWLINE, QUOTED_LIT, C_QUOTE, EOF);
    }

    @Test
    void heredocLinesAndMarker() {
        assertThat(texts("x = <<EOT\nhello ${n}\n  EOT\ny", Lexer.Mode.NORMAL)).containsExactly("IDENT:x", "EQUAL:=",
                "O_HEREDOC:<<EOT\n", "STRING_LIT:hello ", "TEMPLATE_INTERP:${", "IDENT:n", "TEMPLATE_SEQ_END:}",
                "STRING_LIT:\n", "C_HEREDOC:  EOT", "NEWLINE:\n", "IDENT:y", "EOF:");
    }

    @Test
    void heredocMarkerOnlyAtLineStart() {
        assertThat(texts("<<-EOT\n${a}EOT\nEOT\n", Lexer.Mode.NORMAL)).containsExactly("O_HEREDOC:<<-EOT\n",
                "TEMPLATE_INTERP:${", "IDENT:a", "TEMPLATE_SEQ_END:}", "STRING_LIT:EOT\n", "C_HEREDOC:EOT",
                "NEWLINE:\n", "EOF:");
    }

    @Test
    void lessLessWithoutIdentifierAndNewlineIsNotAHeredoc() {
        assertThat(types("<<EOT x")).containsExactly(LESS_THAN, LESS_THAN, IDENT, IDENT, EOF);
    }

    @Test
    void bareTemplateMode() {
        assertThat(texts("a ${b} 100% $x\nz", Lexer.Mode.TEMPLATE)).containsExactly("STRING_LIT:a ",
                "TEMPLATE_INTERP:${", "IDENT:b", "TEMPLATE_SEQ_END:}", "STRING_LIT: 100", "STRING_LIT:%",
                "STRING_LIT: ", "STRING_LIT:$", "STRING_LIT:x\n", "STRING_LIT:z", "EOF:");
    }

    @Test
    void badUtf8AndInvalidCharacters() {
        byte[] src = {'a', ' ', (byte) 0xC3, ' ', '@', ' ', (byte) 0xFF};
        List<Token> t = Lexer.scan(src, "f", Pos.START, Lexer.Mode.NORMAL);
        assertThat(t).extracting(Token::type).containsExactly(IDENT, BAD_UTF8, INVALID, BAD_UTF8, EOF);
        Diagnostics d = new Diagnostics();
        TokenChecks.check(t, d);
        assertThat(d.asList()).extracting(x -> x.summary()).containsExactly("Invalid character encoding",
                "Invalid character");
        assertThat(d.asList().get(0).subject().start()).isEqualTo(new Pos(1, 3, 2));
    }

    @Test
    void overlongAndSurrogateEncodingsAreInvalid() {
        assertThat(Utf8.sequenceLength(new byte[] {(byte) 0xC0, (byte) 0x80}, 0, 2)).isZero();
        assertThat(Utf8.sequenceLength(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, 0, 3)).isZero();
        assertThat(Utf8.sequenceLength(new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80}, 0, 4))
                .isEqualTo(4);
    }

    @Test
    void otherLanguagesCharactersAreExplained() {
        Diagnostics d = new Diagnostics();
        TokenChecks.check(scan("a & b; 'c' `d` ~", Lexer.Mode.NORMAL), d);
        assertThat(d.asList()).extracting(x -> x.summary() + ": " + x.detail()).containsExactly(
                "Unsupported operator: Bitwise operators are not supported. Did you mean boolean AND (\"&&\")?",
                "Invalid character: The \";\" character is not valid. Use newlines to separate arguments and blocks, "
                        + "and commas to separate items in collection values.",
                "Invalid character: Single quotes are not valid. Use double quotes (\") to enclose strings.",
                "Invalid character: The \"`\" character is not valid. To create a multi-line string, use the "
                        + "\"heredoc\" syntax, like \"<<EOT\".",
                "Unsupported operator: Bitwise operators are not supported. Did you mean boolean NOT (\"!\")?");
    }
}
