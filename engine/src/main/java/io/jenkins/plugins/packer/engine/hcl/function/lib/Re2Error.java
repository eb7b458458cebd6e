package io.jenkins.plugins.packer.engine.hcl.function.lib;

/**
 * A pattern Go's regexp/syntax rejects, with Go's error code (such as "missing closing )") and the
 * offending part of the pattern; the message is Go's {@code syntax.Error} text.
 */
final class Re2Error extends Exception {

    private static final long serialVersionUID = 1L;

    static final String MISSING_PAREN = "missing closing )";
    static final String UNEXPECTED_PAREN = "unexpected )";
    static final String MISSING_BRACKET = "missing closing ]";
    static final String INVALID_ESCAPE = "invalid escape sequence";
    static final String INVALID_RANGE = "invalid character class range";
    static final String INVALID_NAMED_CAPTURE = "invalid named capture";
    static final String INVALID_PERL_OP = "invalid or unsupported Perl syntax";
    static final String INVALID_REPEAT_OP = "invalid nested repetition operator";
    static final String INVALID_REPEAT_SIZE = "invalid repeat count";
    static final String MISSING_REPEAT_ARGUMENT = "missing argument to repetition operator";
    static final String TRAILING_BACKSLASH = "trailing backslash at end of expression";

    private final String code;
    private final String expr;

    Re2Error(String code, String expr) {
        super("error parsing regexp: " + code + ": `" + expr + "`");
        this.code = code;
        this.expr = expr;
    }

    String code() {
        return code;
    }

    String expr() {
        return expr;
    }
}
