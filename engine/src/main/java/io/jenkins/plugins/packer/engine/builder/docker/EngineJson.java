package io.jenkins.plugins.packer.engine.builder.docker;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The little JSON the Engine API needs, without a data-binding library (whose set-up costs a cold process more
 * than a whole docker build's requests): values are read into {@link Map}s (insertion-ordered), {@link List}s,
 * {@link String}s, {@link Long}s or {@link Double}s, {@link Boolean}s and null, and written back from the same
 * kinds. {@link Reader} reads one value after another from a stream, as the Engine's progress messages come.
 */
final class EngineJson {

    private EngineJson() {
    }

    /** Parses one JSON text. */
    static Object parse(String text) throws IOException {
        Reader r = new Reader(new java.io.StringReader(text));
        Object v = r.next();
        if (v == END) {
            throw new IOException("empty JSON text");
        }
        return v;
    }

    /** Marks the end of the stream for {@link Reader#next}. */
    static final Object END = new Object();

    /** The value at {@code path} (object keys) under {@code node}, or null. */
    static Object at(Object node, String... path) {
        Object cur = node;
        for (String key : path) {
            if (!(cur instanceof Map<?, ?> m)) {
                return null;
            }
            cur = m.get(key);
        }
        return cur;
    }

    /** The text at {@code path}, or {@code ""} when missing or null (numbers and booleans as written). */
    static String text(Object node, String... path) {
        Object v = at(node, path);
        return v == null || v instanceof Map || v instanceof List ? "" : v.toString();
    }

    /** The strings of the array at {@code path}; empty when missing or null. */
    static List<String> strings(Object node, String... path) {
        Object v = at(node, path);
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> l) {
            l.forEach(e -> out.add(e == null ? "" : e.toString()));
        }
        return out;
    }

    /** JSON text of a map, collection, string, number, boolean or null. */
    static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        write(sb, value);
        return sb.toString();
    }

    private static void write(StringBuilder sb, Object v) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof String s) {
            quote(sb, s);
        } else if (v instanceof Number || v instanceof Boolean) {
            sb.append(v);
        } else if (v instanceof Map<?, ?> m) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sb.append(first ? "" : ",");
                first = false;
                quote(sb, String.valueOf(e.getKey()));
                sb.append(':');
                write(sb, e.getValue());
            }
            sb.append('}');
        } else if (v instanceof Collection<?> c) {
            sb.append('[');
            boolean first = true;
            for (Object e : c) {
                sb.append(first ? "" : ",");
                first = false;
                write(sb, e);
            }
            sb.append(']');
        } else {
            throw new IllegalArgumentException("not a JSON value: " + v.getClass().getName());
        }
    }

    private static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    /** Reads JSON values one after another (whitespace between them); {@link #next} gives {@link #END} at the end. */
    static final class Reader {
        private final java.io.Reader in;
        private int peeked = -2;

        Reader(java.io.Reader in) {
            this.in = in;
        }

        Reader(InputStream in) {
            this(new java.io.BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 8192));
        }

        /** The next value, or {@link #END}. */
        Object next() throws IOException {
            int c = skipSpace();
            if (c < 0) {
                return END;
            }
            return value();
        }

        private Object value() throws IOException {
            int c = skipSpace();
            switch (c) {
                case '{' -> {
                    read();
                    Map<String, Object> m = new LinkedHashMap<>();
                    if (skipSpace() == '}') {
                        read();
                        return m;
                    }
                    while (true) {
                        if (skipSpace() != '"') {
                            throw error("object key expected");
                        }
                        String key = string();
                        if (skipSpace() != ':') {
                            throw error("':' expected");
                        }
                        read();
                        m.put(key, value());
                        int sep = skipSpace();
                        read();
                        if (sep == '}') {
                            return m;
                        }
                        if (sep != ',') {
                            throw error("',' or '}' expected");
                        }
                    }
                }
                case '[' -> {
                    read();
                    List<Object> l = new ArrayList<>();
                    if (skipSpace() == ']') {
                        read();
                        return l;
                    }
                    while (true) {
                        l.add(value());
                        int sep = skipSpace();
                        read();
                        if (sep == ']') {
                            return l;
                        }
                        if (sep != ',') {
                            throw error("',' or ']' expected");
                        }
                    }
                }
                case '"' -> {
                    return string();
                }
                case 't' -> {
                    word("true");
                    return Boolean.TRUE;
                }
                case 'f' -> {
                    word("false");
                    return Boolean.FALSE;
                }
                case 'n' -> {
                    word("null");
                    return null;
                }
                default -> {
                    if (c == '-' || (c >= '0' && c <= '9')) {
                        return number();
                    }
                    throw error(c < 0 ? "unexpected end of JSON" : "unexpected character '" + (char) c + "'");
                }
            }
        }

        private String string() throws IOException {
            read();
            StringBuilder sb = new StringBuilder();
            while (true) {
                int c = read();
                if (c < 0) {
                    throw error("unterminated string");
                }
                if (c == '"') {
                    return sb.toString();
                }
                if (c != '\\') {
                    sb.append((char) c);
                    continue;
                }
                int e = read();
                switch (e) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'u' -> {
                        int code = 0;
                        for (int i = 0; i < 4; i++) {
                            int d = Character.digit(read(), 16);
                            if (d < 0) {
                                throw error("bad \\u escape");
                            }
                            code = code * 16 + d;
                        }
                        sb.append((char) code);
                    }
                    case '"', '\\', '/' -> sb.append((char) e);
                    default -> throw error("bad escape");
                }
            }
        }

        private Object number() throws IOException {
            StringBuilder sb = new StringBuilder();
            int c = peek();
            while (c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E' || (c >= '0' && c <= '9')) {
                sb.append((char) read());
                c = peek();
            }
            String s = sb.toString();
            try {
                if (s.indexOf('.') < 0 && s.indexOf('e') < 0 && s.indexOf('E') < 0) {
                    return Long.parseLong(s);
                }
                return Double.parseDouble(s);
            } catch (NumberFormatException e) {
                return Double.parseDouble(s);
            }
        }

        private void word(String w) throws IOException {
            for (int i = 0; i < w.length(); i++) {
                if (read() != w.charAt(i)) {
                    throw error("'" + w + "' expected");
                }
            }
        }

        private int skipSpace() throws IOException {
            int c = peek();
            while (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                read();
                c = peek();
            }
            return c;
        }

        private int peek() throws IOException {
            if (peeked == -2) {
                peeked = in.read();
            }
            return peeked;
        }

        private int read() throws IOException {
            int c = peek();
            peeked = -2;
            return c;
        }

        private static IOException error(String what) {
            return new IOException("invalid JSON from the Docker Engine: " + what);
        }
    }
}
