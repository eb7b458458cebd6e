package io.jenkins.plugins.packer.engine.gotemplate;

/**
 * A lexical item inside or outside {@code {{ }}} actions.
 *
 * @param text the value (a string literal's contents, an identifier, a field name without its dot)
 * @param line 1-based line where the item starts
 * @param pos offset of the item's first character in the template source
 * @param source the item as written (a string literal with its quotes), for error messages
 */
record Token(Kind kind, String text, int line, int pos, String source) {

    enum Kind {
        TEXT, LEFT, RIGHT, IDENT, FIELD, VARIABLE, DOT, STRING, RAW_STRING, NUMBER, BOOL, NIL, PIPE, LPAREN, RPAREN,
        DECLARE, ASSIGN, COMMA, KEYWORD, EOF
    }
}
