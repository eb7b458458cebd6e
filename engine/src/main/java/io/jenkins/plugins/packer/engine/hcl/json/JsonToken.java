package io.jenkins.plugins.packer.engine.hcl.json;

import io.jenkins.plugins.packer.engine.hcl.Range;

/** A token of the JSON scanner: its kind, its byte span in the source and its range. */
record JsonToken(Kind kind, int start, int end, Range range) {

    /** Token kinds. {@code EQUALS} exists only to say "JSON uses a colon" to native-syntax habits. */
    enum Kind {
        BRACE_OPEN, BRACE_CLOSE, BRACKET_OPEN, BRACKET_CLOSE, COMMA, COLON, EQUALS,
        KEYWORD, STRING, NUMBER, INVALID, EOF
    }

    String text(byte[] src) {
        return new String(src, start, end - start, java.nio.charset.StandardCharsets.UTF_8);
    }
}
