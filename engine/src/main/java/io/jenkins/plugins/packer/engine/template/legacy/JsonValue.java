package io.jenkins.plugins.packer.engine.template.legacy;

import io.jenkins.plugins.packer.engine.hcl.Range;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value with the source range of every node and object key, as read by {@link JsonParser}. Objects keep
 * their members in document order, duplicates included (the template parser reports those).
 */
public sealed interface JsonValue {

    Range range();

    /**
     * The value as Go's {@code encoding/json} gives it to a {@code map[string]interface{}}: {@code String},
     * {@code Double} (all numbers are float64), {@code Boolean}, {@code null}, {@code List<Object>} and
     * {@code Map<String, Object>} (insertion-ordered; a repeated key keeps the last value).
     */
    Object toPlain();

    /** A member of an object: its key, the key's range and the value. */
    record Member(String key, Range keyRange, JsonValue value) {
    }

    /** {@code { ... }}. */
    record JsonObject(List<Member> members, Range range) implements JsonValue {

        /** The last member named {@code key} (Go keeps the last of duplicates), or null. */
        public Member member(String key) {
            Member found = null;
            for (Member m : members) {
                if (m.key().equals(key)) {
                    found = m;
                }
            }
            return found;
        }

        @Override
        public Object toPlain() {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Member m : members) {
                out.put(m.key(), m.value().toPlain());
            }
            return out;
        }
    }

    /** {@code [ ... ]}. */
    record JsonArray(List<JsonValue> items, Range range) implements JsonValue {
        @Override
        public Object toPlain() {
            List<Object> out = new ArrayList<>();
            for (JsonValue v : items) {
                out.add(v.toPlain());
            }
            return out;
        }
    }

    /** A string, unescaped. */
    record JsonString(String value, Range range) implements JsonValue {
        @Override
        public Object toPlain() {
            return value;
        }
    }

    /** A number: the text as written and its float64 value. */
    record JsonNumber(String text, double value, Range range) implements JsonValue {
        @Override
        public Object toPlain() {
            return value;
        }
    }

    /** {@code true} or {@code false}. */
    record JsonBool(boolean value, Range range) implements JsonValue {
        @Override
        public Object toPlain() {
            return value;
        }
    }

    /** {@code null}. */
    record JsonNull(Range range) implements JsonValue {
        @Override
        public Object toPlain() {
            return null;
        }
    }
}
