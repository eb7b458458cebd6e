package io.jenkins.plugins.packer.engine.hcl.function.lib;

import io.jenkins.plugins.packer.engine.hcl.value.Quote;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decodes JSON into a value as go-cty's {@code json.ImpliedType} plus {@code json.Unmarshal} do for
 * {@code jsondecode}: objects become objects, arrays tuples, {@code null} an untyped null, numbers exact
 * decimals. Syntax errors carry the messages of Go's {@code encoding/json} token reader, such as
 * {@code invalid character '!' looking for beginning of value} or {@code unexpected EOF}.
 */
final class JsonDecoder {

    /** Malformed JSON; the message is Go's. */
    static final class JsonException extends Exception {
        private static final long serialVersionUID = 1L;

        JsonException(String message) {
            super(message);
        }
    }

    private enum State { TOP, ARRAY_START, ARRAY_VALUE, ARRAY_COMMA, OBJECT_START, OBJECT_KEY, OBJECT_COLON,
        OBJECT_VALUE, OBJECT_COMMA }

    private static final Object ARRAY_START = new Object();
    private static final Object ARRAY_END = new Object();
    private static final Object OBJECT_START = new Object();
    private static final Object OBJECT_END = new Object();

    /** Deeper nesting is refused (Go allows 10000), which keeps this recursion and later ones within the stack. */
    private static final int MAX_DEPTH = 1000;

    private final byte[] in;
    private int pos;
    private int depth;
    private State state = State.TOP;
    private final List<State> stack = new ArrayList<>();

    private JsonDecoder(String text) {
        this.in = text.getBytes(StandardCharsets.UTF_8);
    }

    static Value decode(String text) throws JsonException {
        JsonDecoder d = new JsonDecoder(text);
        Value v = d.value(d.token());
        if (d.more()) {
            throw new JsonException("extraneous data after JSON object");
        }
        return v;
    }

    private Value value(Object tok) throws JsonException {
        if ((tok == ARRAY_START || tok == OBJECT_START) && ++depth > MAX_DEPTH) {
            throw new JsonException("exceeded max depth");
        }
        try {
            return nested(tok);
        } finally {
            if (tok == ARRAY_START || tok == OBJECT_START) {
                depth--;
            }
        }
    }

    private Value nested(Object tok) throws JsonException {
        if (tok == ARRAY_START) {
            List<Value> elements = new ArrayList<>();
            for (Object t = token(); t != ARRAY_END; t = token()) {
                elements.add(value(t));
            }
            return Value.tuple(elements);
        }
        if (tok == OBJECT_START) {
            Map<String, Value> attrs = new TreeMap<>();
            for (Object k = token(); k != OBJECT_END; k = token()) {
                String key = (String) k;
                Value v = value(token());
                Value old = attrs.put(key, v);
                if (old != null && !old.type().equals(v.type())) {
                    throw new JsonException("duplicate " + Quote.go(key) + " property in JSON object");
                }
            }
            return attrs.isEmpty() ? Value.EMPTY_OBJECT : Value.object(attrs);
        }
        if (tok == null) {
            return Value.NULL;
        }
        if (tok instanceof String s) {
            return Value.string(s);
        }
        if (tok instanceof BigDecimal n) {
            return Value.number(n);
        }
        return Value.bool((Boolean) tok);
    }

    /** The next token, like Go's {@code Decoder.Token}; null stands for the JSON null literal. */
    private Object token() throws JsonException {
        while (true) {
            int c = peek();
            switch (c) {
                case '[', '{' -> {
                    if (!valueAllowed()) {
                        throw tokenError(c);
                    }
                    pos++;
                    stack.add(state);
                    state = c == '[' ? State.ARRAY_START : State.OBJECT_START;
                    return c == '[' ? ARRAY_START : OBJECT_START;
                }
                case ']', '}' -> {
                    boolean ok = c == ']' ? state == State.ARRAY_START || state == State.ARRAY_COMMA
                            : state == State.OBJECT_START || state == State.OBJECT_COMMA;
                    if (!ok) {
                        throw tokenError(c);
                    }
                    pos++;
                    state = stack.remove(stack.size() - 1);
                    valueEnd();
                    return c == ']' ? ARRAY_END : OBJECT_END;
                }
                case ':' -> {
                    if (state != State.OBJECT_COLON) {
                        throw tokenError(c);
                    }
                    pos++;
                    state = State.OBJECT_VALUE;
                }
                case ',' -> {
                    if (state == State.ARRAY_COMMA) {
                        state = State.ARRAY_VALUE;
                    } else if (state == State.OBJECT_COMMA) {
                        state = State.OBJECT_KEY;
                    } else {
                        throw tokenError(c);
                    }
                    pos++;
                }
                default -> {
                    if (c == '"' && (state == State.OBJECT_START || state == State.OBJECT_KEY)) {
                        String key = (String) scalar();
                        state = State.OBJECT_COLON;
                        return key;
                    }
                    if (!valueAllowed()) {
                        throw tokenError(c);
                    }
                    Object v = scalar();
                    valueEnd();
                    return v;
                }
            }
        }
    }

    private boolean more() {
        skipSpace();
        return pos < in.length && in[pos] != ']' && in[pos] != '}';
    }

    private int peek() throws JsonException {
        skipSpace();
        if (pos >= in.length) {
            throw new JsonException("EOF");
        }
        return in[pos] & 0xff;
    }

    private void skipSpace() {
        while (pos < in.length && isSpace(in[pos])) {
            pos++;
        }
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    private boolean valueAllowed() {
        return state == State.TOP || state == State.ARRAY_START || state == State.ARRAY_VALUE
                || state == State.OBJECT_VALUE;
    }

    private void valueEnd() {
        if (state == State.ARRAY_START || state == State.ARRAY_VALUE) {
            state = State.ARRAY_COMMA;
        } else if (state == State.OBJECT_VALUE) {
            state = State.OBJECT_COMMA;
        }
    }

    private JsonException tokenError(int c) {
        String context = switch (state) {
            case TOP, ARRAY_START, ARRAY_VALUE, OBJECT_VALUE -> " looking for beginning of value";
            case ARRAY_COMMA -> " after array element";
            case OBJECT_KEY -> " looking for beginning of object key string";
            case OBJECT_COLON -> " after object key";
            case OBJECT_COMMA -> " after object key:value pair";
            case OBJECT_START -> "";
        };
        return new JsonException("invalid character " + GoText.quoteByte(c) + context);
    }

    private JsonException scanError(int c, String context) {
        return new JsonException("invalid character " + GoText.quoteByte(c) + " " + context);
    }

    private int next() throws JsonException {
        if (pos >= in.length) {
            throw new JsonException("unexpected EOF");
        }
        return in[pos++] & 0xff;
    }

    /** A string, number or literal, checked like Go's scanner. */
    private Object scalar() throws JsonException {
        int c = next();
        switch (c) {
            case '"' -> {
                return string();
            }
            case 't' -> {
                literal("true");
                return Boolean.TRUE;
            }
            case 'f' -> {
                literal("false");
                return Boolean.FALSE;
            }
            case 'n' -> {
                literal("null");
                return null;
            }
            default -> {
                if (c == '-' || c >= '0' && c <= '9') {
                    return number(pos - 1);
                }
                throw scanError(c, "looking for beginning of value");
            }
        }
    }

    private void literal(String word) throws JsonException {
        for (int i = 1; i < word.length(); i++) {
            int c = next();
            if (c != word.charAt(i)) {
                throw scanError(c, "in literal " + word + " (expecting '" + word.charAt(i) + "')");
            }
        }
    }

    private BigDecimal number(int start) throws JsonException {
        int c = in[start];
        if (c == '-') {
            c = next();
            if (c < '0' || c > '9') {
                throw scanError(c, "in numeric literal");
            }
        }
        if (c != '0') {
            skipDigits();
        }
        if (pos < in.length && in[pos] == '.') {
            pos++;
            c = next();
            if (c < '0' || c > '9') {
                throw scanError(c, "after decimal point in numeric literal");
            }
            skipDigits();
        }
        if (pos < in.length && (in[pos] == 'e' || in[pos] == 'E')) {
            pos++;
            c = next();
            if (c == '+' || c == '-') {
                c = next();
            }
            if (c < '0' || c > '9') {
                throw scanError(c, "in exponent of numeric literal");
            }
            skipDigits();
        }
        return new BigDecimal(new String(in, start, pos - start, StandardCharsets.US_ASCII));
    }

    private void skipDigits() {
        while (pos < in.length && in[pos] >= '0' && in[pos] <= '9') {
            pos++;
        }
    }

    private String string() throws JsonException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        StringBuilder sb = new StringBuilder();
        while (true) {
            int c = next();
            if (c == '"') {
                flush(raw, sb);
                return GoText.replaceLoneSurrogates(sb.toString());
            }
            if (c < 0x20) {
                throw scanError(c, "in string literal");
            }
            if (c != '\\') {
                raw.write(c);
                continue;
            }
            flush(raw, sb);
            int e = next();
            switch (e) {
                case '"', '\\', '/' -> sb.append((char) e);
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> sb.append((char) hex4());
                default -> throw scanError(e, "in string escape code");
            }
        }
    }

    private int hex4() throws JsonException {
        int v = 0;
        for (int i = 0; i < 4; i++) {
            int c = next();
            int d = Character.digit(c, 16);
            if (d < 0 || c > 'f') {
                throw scanError(c, "in \\u hexadecimal character escape");
            }
            v = v << 4 | d;
        }
        return v;
    }

    private static void flush(ByteArrayOutputStream raw, StringBuilder sb) {
        if (raw.size() > 0) {
            sb.append(raw.toString(StandardCharsets.UTF_8));
            raw.reset();
        }
    }
}
