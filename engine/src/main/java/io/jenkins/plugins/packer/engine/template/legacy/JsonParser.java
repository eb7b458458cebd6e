package io.jenkins.plugins.packer.engine.template.legacy;

import io.jenkins.plugins.packer.engine.config.GoQuote;
import io.jenkins.plugins.packer.engine.hcl.Pos;
import io.jenkins.plugins.packer.engine.hcl.Range;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Reads JSON as Go's {@code encoding/json} does, keeping source ranges. The first error is the one Go's scanner
 * finds, with its wording and offset ({@link JsonSyntaxError}); strings with invalid UTF-8 are repaired with
 * U+FFFD as Go does. Nesting is handled with an explicit stack (Go's limit of 10000 levels applies).
 */
public final class JsonParser {

    /** The outcome: a value, or the syntax error that prevented it. */
    public record Result(JsonValue value, JsonSyntaxError error) {
    }

    private static final int MAX_DEPTH = 10000;

    private final String filename;
    private final byte[] b;
    private final Positions positions;
    private int i;

    private JsonParser(String filename, byte[] source) {
        this.filename = filename;
        this.b = source;
        this.positions = new Positions(source);
    }

    /** Parses one JSON document. Never throws on bad input. */
    public static Result parse(String filename, byte[] source) {
        JsonParser p = new JsonParser(filename, source);
        try {
            return new Result(p.document(), null);
        } catch (Failure f) {
            return new Result(null, f.error);
        }
    }

    /** A container being filled. */
    private static final class Frame {
        final boolean object;
        final int start;
        final List<JsonValue.Member> members = new ArrayList<>();
        final List<JsonValue> items = new ArrayList<>();
        String key;
        Range keyRange;

        Frame(boolean object, int start) {
            this.object = object;
            this.start = start;
        }
    }

    private enum State { BEGIN_VALUE, OBJECT_FIRST, KEY, AFTER_KEY, AFTER_MEMBER, ARRAY_FIRST, AFTER_ELEMENT }

    private JsonValue document() {
        Deque<Frame> stack = new ArrayDeque<>();
        State state = State.BEGIN_VALUE;
        JsonValue done = null;
        while (done == null) {
            skipSpace();
            if (i >= b.length) {
                throw fail("unexpected end of JSON input", b.length, b.length);
            }
            byte c = b[i];
            JsonValue value = null;
            switch (state) {
                case BEGIN_VALUE -> {
                    if (c == '{' || c == '[') {
                        if (stack.size() >= MAX_DEPTH) {
                            throw failAt(i, "exceeded max depth");
                        }
                        stack.push(new Frame(c == '{', i));
                        i++;
                        state = c == '{' ? State.OBJECT_FIRST : State.ARRAY_FIRST;
                    } else {
                        value = scalar(c);
                    }
                }
                case OBJECT_FIRST, ARRAY_FIRST -> {
                    if (c == (state == State.OBJECT_FIRST ? '}' : ']')) {
                        i++;
                        value = close(stack.pop());
                    } else {
                        state = state == State.OBJECT_FIRST ? State.KEY : State.BEGIN_VALUE;
                    }
                }
                case KEY -> {
                    if (c != '"') {
                        throw failAt(i, "looking for beginning of object key string");
                    }
                    int start = i;
                    String key = string();
                    stack.peek().key = key;
                    stack.peek().keyRange = range(start, i);
                    state = State.AFTER_KEY;
                }
                case AFTER_KEY -> {
                    if (c != ':') {
                        throw failAt(i, "after object key");
                    }
                    i++;
                    state = State.BEGIN_VALUE;
                }
                case AFTER_MEMBER, AFTER_ELEMENT -> {
                    boolean obj = state == State.AFTER_MEMBER;
                    if (c == ',') {
                        i++;
                        state = obj ? State.KEY : State.BEGIN_VALUE;
                    } else if (c == (obj ? '}' : ']')) {
                        i++;
                        value = close(stack.pop());
                    } else {
                        throw failAt(i, obj ? "after object key:value pair" : "after array element");
                    }
                }
                default -> throw new IllegalStateException(state.name());
            }
            if (value != null) {
                if (stack.isEmpty()) {
                    done = value;
                } else if (stack.peek().object) {
                    Frame f = stack.peek();
                    f.members.add(new JsonValue.Member(f.key, f.keyRange, value));
                    state = State.AFTER_MEMBER;
                } else {
                    stack.peek().items.add(value);
                    state = State.AFTER_ELEMENT;
                }
            }
        }
        skipSpace();
        if (i < b.length) {
            throw failAt(i, "after top-level value");
        }
        return done;
    }

    private JsonValue close(Frame f) {
        Range r = range(f.start, i);
        return f.object ? new JsonValue.JsonObject(List.copyOf(f.members), r)
                : new JsonValue.JsonArray(List.copyOf(f.items), r);
    }

    private JsonValue scalar(byte c) {
        int start = i;
        if (c == '"') {
            String s = string();
            return new JsonValue.JsonString(s, range(start, i));
        }
        if (c == '-' || c >= '0' && c <= '9') {
            return number();
        }
        if (c == 't') {
            literal("true");
            return new JsonValue.JsonBool(true, range(start, i));
        }
        if (c == 'f') {
            literal("false");
            return new JsonValue.JsonBool(false, range(start, i));
        }
        if (c == 'n') {
            literal("null");
            return new JsonValue.JsonNull(range(start, i));
        }
        throw failAt(i, "looking for beginning of value");
    }

    private void literal(String word) {
        for (int k = 0; k < word.length(); k++, i++) {
            if (i >= b.length) {
                throw eof("in literal " + word + " (expecting '" + word.charAt(k) + "')");
            }
            if (b[i] != word.charAt(k)) {
                throw failAt(i, "in literal " + word + " (expecting '" + word.charAt(k) + "')");
            }
        }
    }

    private JsonValue number() {
        int start = i;
        if (b[i] == '-') {
            i++;
            if (i >= b.length) {
                throw eof("in numeric literal");
            }
            if (!digit(b[i])) {
                throw failAt(i, "in numeric literal");
            }
        }
        if (b[i] == '0') {
            i++;
        } else {
            while (i < b.length && digit(b[i])) {
                i++;
            }
        }
        if (i < b.length && b[i] == '.') {
            i++;
            if (i >= b.length) {
                throw eof("after decimal point in numeric literal");
            }
            if (!digit(b[i])) {
                throw failAt(i, "after decimal point in numeric literal");
            }
            while (i < b.length && digit(b[i])) {
                i++;
            }
        }
        if (i < b.length && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            if (i < b.length && (b[i] == '+' || b[i] == '-')) {
                i++;
            }
            if (i >= b.length) {
                throw eof("in exponent of numeric literal");
            }
            if (!digit(b[i])) {
                throw failAt(i, "in exponent of numeric literal");
            }
            while (i < b.length && digit(b[i])) {
                i++;
            }
        }
        String text = new String(b, start, i - start, StandardCharsets.US_ASCII);
        return new JsonValue.JsonNumber(text, Double.parseDouble(text), range(start, i));
    }

    /** Reads a string starting at the opening quote; leaves {@code i} after the closing quote. */
    private String string() {
        i++;
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        StringBuilder out = new StringBuilder();
        while (true) {
            if (i >= b.length) {
                throw fail("unexpected end of JSON input", b.length, b.length);
            }
            byte c = b[i];
            if (c == '"') {
                i++;
                flush(raw, out);
                return out.toString();
            }
            if ((c & 0xff) < 0x20) {
                throw failAt(i, "in string literal");
            }
            if (c != '\\') {
                raw.write(c);
                i++;
                continue;
            }
            flush(raw, out);
            i++;
            if (i >= b.length) {
                throw eof("in string escape code");
            }
            byte e = b[i++];
            switch (e) {
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case '\\', '/', '"' -> out.append((char) e);
                case 'u' -> out.append((char) hex4());
                default -> throw failAt(i - 1, "in string escape code");
            }
        }
    }

    private int hex4() {
        int v = 0;
        for (int k = 0; k < 4; k++, i++) {
            if (i >= b.length) {
                throw eof("in \\u hexadecimal character escape");
            }
            int d = Character.digit(b[i], 16);
            if (d < 0) {
                throw failAt(i, "in \\u hexadecimal character escape");
            }
            v = v * 16 + d;
        }
        return v;
    }

    /** Appends pending raw bytes as UTF-8 (invalid sequences become U+FFFD, as in Go). */
    private static void flush(ByteArrayOutputStream raw, StringBuilder out) {
        if (raw.size() > 0) {
            out.append(new String(raw.toByteArray(), StandardCharsets.UTF_8));
            raw.reset();
        }
    }

    private static boolean digit(byte c) {
        return c >= '0' && c <= '9';
    }

    private void skipSpace() {
        while (i < b.length && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
            i++;
        }
    }

    private Range range(int from, int to) {
        return new Range(filename, positions.at(from), positions.at(to));
    }

    private Failure failAt(int at, String context) {
        return fail("invalid character " + quoteChar(b[at]) + " " + context, at + 1, at);
    }

    /**
     * Go's scanner ends input by feeding it a space: inside a literal, a number or an escape that space is the
     * invalid character reported, at the end of the input.
     */
    private Failure eof(String context) {
        return fail("invalid character ' ' " + context, b.length, b.length);
    }

    private Failure fail(String message, int goOffset, int at) {
        Pos p = positions.at(Math.min(at, b.length));
        Pos end = at < b.length ? positions.at(at + 1) : p;
        return new Failure(new JsonSyntaxError(message, goOffset, new Range(filename, p, end)));
    }

    /** Go's quoteChar: the byte as a Latin-1 character, quoted as strconv.Quote would, in single quotes. */
    static String quoteChar(byte c) {
        int ch = c & 0xff;
        if (ch == '\'') {
            return "'\\''";
        }
        if (ch == '"') {
            return "'\"'";
        }
        return "'" + GoQuote.escapeRune(ch) + "'";
    }

    /** Unwinds the parse on the first error. */
    private static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient JsonSyntaxError error;

        Failure(JsonSyntaxError error) {
            super(error.message(), null, false, false);
            this.error = error;
        }
    }
}
