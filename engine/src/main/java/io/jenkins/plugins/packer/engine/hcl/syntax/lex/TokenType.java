package io.jenkins.plugins.packer.engine.hcl.syntax.lex;

/**
 * Kinds of tokens of the HCL native syntax, as hashicorp/hcl's scanner produces them. The last group is not
 * part of the language: the scanner recognises those characters only so that the parser can explain why they
 * are wrong.
 */
public enum TokenType {
    O_BRACE("{"), C_BRACE("}"), O_BRACK("["), C_BRACK("]"), O_PAREN("("), C_PAREN(")"),
    O_QUOTE("\""), C_QUOTE("\""), O_HEREDOC("<<"), C_HEREDOC("heredoc end"),

    STAR("*"), SLASH("/"), PLUS("+"), MINUS("-"), PERCENT("%"),

    EQUAL("="), EQUAL_OP("=="), NOT_EQUAL("!="), LESS_THAN("<"), LESS_THAN_EQ("<="), GREATER_THAN(">"),
    GREATER_THAN_EQ(">="),

    AND("&&"), OR("||"), BANG("!"),

    DOT("."), COMMA(","), DOUBLE_COLON("::"), ELLIPSIS("..."), FAT_ARROW("=>"), QUESTION("?"), COLON(":"),

    /** {@code ${} or {@code ${~}. */
    TEMPLATE_INTERP("${"),
    /** {@code %{} or {@code %{~}. */
    TEMPLATE_CONTROL("%{"),
    /** {@code }} or {@code ~}} closing an interpolation or directive. */
    TEMPLATE_SEQ_END("}"),

    /** Literal text of a quoted template; may contain backslash escapes. */
    QUOTED_LIT("string"),
    /** Literal text of a heredoc or bare template; no backslash escapes. */
    STRING_LIT("string"),
    NUMBER_LIT("number"),
    IDENT("identifier"),
    COMMENT("comment"),
    NEWLINE("newline"),
    EOF("end of file"),

    BITWISE_AND("&"), BITWISE_OR("|"), BITWISE_NOT("~"), BITWISE_XOR("^"), STAR_STAR("**"), APOSTROPHE("'"),
    BACKTICK("`"), SEMICOLON(";"), TABS("tab"), INVALID("invalid character"), BAD_UTF8("invalid UTF-8"),
    QUOTED_NEWLINE("newline in string"),
    /** Placeholder when no token applies; never produced by the lexer. */
    NIL("nothing");

    private final String display;

    TokenType(String display) {
        this.display = display;
    }

    /** A short human name for messages. */
    public String display() {
        return display;
    }
}
