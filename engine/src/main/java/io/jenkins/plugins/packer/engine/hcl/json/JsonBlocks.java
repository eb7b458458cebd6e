package io.jenkins.plugins.packer.engine.hcl.json;

import io.jenkins.plugins.packer.engine.hcl.value.Quote;

import io.jenkins.plugins.packer.engine.hcl.Block;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.json.JsonNode.ArrayNode;
import io.jenkins.plugins.packer.engine.hcl.json.JsonNode.NullNode;
import io.jenkins.plugins.packer.engine.hcl.json.JsonNode.ObjectNode;
import io.jenkins.plugins.packer.engine.hcl.json.JsonNode.Property;
import java.util.ArrayList;
import java.util.List;

/** How JSON values turn into blocks: label levels, arrays for repeated blocks, bodies. */
final class JsonBlocks {

    private JsonBlocks() {
    }

    /**
     * The properties of an object, or of every object of an array, in order. {@code labelName} (may be
     * null) tailors the messages to a label level rather than a body.
     */
    static List<Property> collectDeepAttrs(JsonNode v, String labelName, Diagnostics diags) {
        List<Property> props = new ArrayList<>();
        if (v instanceof NullNode) {
            return props;
        }
        if (v instanceof ObjectNode o) {
            props.addAll(o.properties());
        } else if (v instanceof ArrayNode a) {
            for (JsonNode e : a.values()) {
                if (e instanceof ObjectNode eo) {
                    props.addAll(eo.properties());
                } else {
                    diags.error("Incorrect JSON value type", labelName != null
                            ? "A JSON object is required here, to specify " + labelName + " labels for this block."
                            : "A JSON object is required here, to define arguments and child blocks.",
                            e.startRange());
                }
            }
        } else {
            diags.error("Incorrect JSON value type", labelName != null
                    ? "Either a JSON object or JSON array of objects is required here, to specify " + labelName
                            + " labels for this block."
                    : "Either a JSON object or JSON array of objects is required here, to define arguments and"
                            + " child blocks.",
                    v.startRange());
        }
        return props;
    }

    /** Appends to {@code blocks} the blocks of type {@code type} that the property value {@code v} defines. */
    static void unpack(JsonNode v, String type, Range typeRange, List<String> labelNames, List<Block> blocks,
            Diagnostics diags) {
        unpack(v, type, typeRange, labelNames, List.of(), List.of(), blocks, diags);
    }

    private static void unpack(JsonNode v, String type, Range typeRange, List<String> labelsLeft,
            List<String> labels, List<Range> labelRanges, List<Block> blocks, Diagnostics diags) {
        if (!labelsLeft.isEmpty()) {
            String labelName = labelsLeft.get(0);
            List<Property> props = collectDeepAttrs(v, labelName, diags);
            if (props.isEmpty()) {
                diags.error("Missing block label", "At least one object property is required, whose name"
                        + " represents the " + type + " block's " + labelName + ".", v.startRange());
                return;
            }
            for (Property p : props) {
                unpack(p.value(), type, typeRange, labelsLeft.subList(1, labelsLeft.size()), append(labels,
                        p.name()), append(labelRanges, p.nameRange()), blocks, diags);
            }
            return;
        }
        if (v instanceof NullNode) {
            return; // no block content at all
        }
        if (v instanceof ObjectNode o) {
            blocks.add(new Block(type, labels, new JsonBody(o), o.openRange(), typeRange, labelRanges));
        } else if (v instanceof ArrayNode a) {
            for (JsonNode e : a.values()) {
                // the element might not be an object: its body reports that when its content is read
                blocks.add(new Block(type, labels, new JsonBody(e), a.openRange(), typeRange, labelRanges));
            }
        } else {
            diags.error("Incorrect JSON value type", "Either a JSON object or a JSON array is required,"
                    + " representing the contents of one or more " + Quote.go(type) + " blocks.", v.startRange());
        }
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }
}
