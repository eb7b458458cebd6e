package io.jenkins.plugins.packer.engine.hcl.json;

import io.jenkins.plugins.packer.engine.hcl.Range;
import java.math.BigDecimal;
import java.util.List;

/**
 * A parsed JSON value with its source ranges. Unlike a generic JSON tree, objects keep every property in
 * source order, duplicates included, as the HCL JSON syntax requires.
 */
sealed interface JsonNode {

    /** The whole value, from its first to its last character. */
    Range range();

    /** Where a diagnostic about this value should point: an object's or array's opening bracket. */
    default Range startRange() {
        return range();
    }

    /** {@code {...}}: properties in source order, with the ranges of both braces. */
    record ObjectNode(List<Property> properties, Range range, Range openRange, Range closeRange)
            implements JsonNode {
        public ObjectNode {
            properties = List.copyOf(properties);
        }

        @Override
        public Range startRange() {
            return openRange;
        }
    }

    /** One {@code "name": value} pair; {@code nameRange} includes the quotes. */
    record Property(String name, JsonNode value, Range nameRange) {
    }

    /** {@code [...]}, with the range of the opening bracket. */
    record ArrayNode(List<JsonNode> values, Range range, Range openRange) implements JsonNode {
        public ArrayNode {
            values = List.copyOf(values);
        }

        @Override
        public Range startRange() {
            return openRange;
        }
    }

    /** A string, already unescaped; the range includes the quotes. */
    record StringNode(String value, Range range) implements JsonNode {
    }

    /** A number, exactly as written. */
    record NumberNode(BigDecimal value, Range range) implements JsonNode {
    }

    /** {@code true} or {@code false}. */
    record BoolNode(boolean value, Range range) implements JsonNode {
    }

    /** {@code null}. */
    record NullNode(Range range) implements JsonNode {
    }

    /** A placeholder where the input was too broken to give a value; a diagnostic was reported. */
    record InvalidNode(Range range) implements JsonNode {
    }
}
