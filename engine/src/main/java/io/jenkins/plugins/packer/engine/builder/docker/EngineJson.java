package io.jenkins.plugins.packer.engine.builder.docker;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The little JSON the Engine API needs, on Jackson's streaming layer (jackson-core) without its data binding,
 * whose set-up costs a cold process more than a whole docker build's requests: values are read into
 * {@link Map}s (insertion-ordered), {@link List}s, {@link String}s, {@link Long}s or {@link Double}s,
 * {@link Boolean}s and null, and written back from the same kinds. {@link Reader} reads one value after another
 * from a stream, as the Engine's progress messages come.
 */
final class EngineJson {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private EngineJson() {
    }

    /** Parses one JSON text. */
    static Object parse(String text) throws IOException {
        try (JsonParser p = FACTORY.createParser(text)) {
            if (p.nextToken() == null) {
                throw new IOException("empty JSON text");
            }
            return value(p);
        } catch (JsonProcessingException e) {
            throw invalid(e);
        }
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
        StringWriter sw = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(sw)) {
            write(g, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return sw.toString();
    }

    private static void write(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Integer || v instanceof Long) {
            g.writeNumber(((Number) v).longValue());
        } else if (v instanceof Number n) {
            g.writeNumber(n.toString());
        } else if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof Collection<?> c) {
            g.writeStartArray();
            for (Object e : c) {
                write(g, e);
            }
            g.writeEndArray();
        } else {
            throw new IllegalArgumentException("not a JSON value: " + v.getClass().getName());
        }
    }

    private static IOException invalid(JsonProcessingException e) {
        return new IOException("invalid JSON: " + e.getOriginalMessage(), e);
    }

    /** The value starting at the parser's current token. */
    private static Object value(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, Object> m = new LinkedHashMap<>();
                for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                    p.nextToken();
                    m.put(name, value(p));
                }
                return m;
            }
            case START_ARRAY -> {
                List<Object> l = new ArrayList<>();
                for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                    if (e == null) {
                        throw new IOException("invalid JSON: unexpected end of input");
                    }
                    l.add(value(p));
                }
                return l;
            }
            case VALUE_STRING -> {
                return p.getText();
            }
            case VALUE_NUMBER_INT -> {
                return p.getLongValue();
            }
            case VALUE_NUMBER_FLOAT -> {
                return p.getDoubleValue();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return t == JsonToken.VALUE_TRUE;
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> throw new IOException("unexpected JSON token " + t);
        }
    }

    /** Reads JSON values one after another (whitespace between them); {@link #next} gives {@link #END} at the end. */
    static final class Reader implements AutoCloseable {
        private final JsonParser parser;

        Reader(InputStream in) throws IOException {
            this.parser = FACTORY.createParser(in);
        }

        /** The next value, or {@link #END}. */
        Object next() throws IOException {
            try {
                return parser.nextToken() == null ? END : value(parser);
            } catch (JsonProcessingException e) {
                throw invalid(e);
            }
        }

        @Override
        public void close() throws IOException {
            parser.close();
        }
    }
}
