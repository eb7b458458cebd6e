package io.jenkins.plugins.packer.engine.gotemplate;

/** A lexical item inside or outside {@code {{ }}} actions. */
record Token(Kind kind, String text, int line) {

    enum Kind {
        TEXT, LEFT, RIGHT, IDENT, FIELD, VARIABLE, DOT, STRING, RAW_STRING, NUMBER, BOOL, NIL, PIPE, LPAREN, RPAREN,
        DECLARE, ASSIGN, COMMA, KEYWORD, EOF
    }
}
