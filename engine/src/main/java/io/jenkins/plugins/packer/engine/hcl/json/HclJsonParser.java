package io.jenkins.plugins.packer.engine.hcl.json;

import io.jenkins.plugins.packer.engine.hcl.Body;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.Expression;
import io.jenkins.plugins.packer.engine.hcl.Pos;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.json.JsonNode.ArrayNode;
import io.jenkins.plugins.packer.engine.hcl.json.JsonNode.ObjectNode;
import java.util.List;

/**
 * Entry point of the HCL JSON syntax ({@code .pkr.json}, {@code .pkrvars.json}), following hashicorp/hcl's
 * {@code json/spec.md}. Parsing never throws on bad input: problems are diagnostics, and the result is
 * always usable (a broken file gives an empty body).
 *
 * <p>Expressions from JSON evaluate JSON strings as native-syntax templates when given an
 * {@link io.jenkins.plugins.packer.engine.hcl.EvalContext} ("full expression mode") and as plain strings
 * when given {@code null} ("literal-only mode", as hcl does for a nil context: Packer reads variable
 * files that way).
 */
public final class HclJsonParser {

    private HclJsonParser() {
    }

    /** The result of parsing a file: its root body and what went wrong. */
    public record ParseResult(Body body, Diagnostics diagnostics) {
    }

    /** The result of parsing a standalone expression. */
    public record ExpressionResult(Expression expression, Diagnostics diagnostics) {
    }

    /** Parses a whole file, whose root must be a JSON object or an array of objects. */
    public static ParseResult parseFile(byte[] src, String filename) {
        return parseFile(src, filename, Pos.START);
    }

    /** Like {@link #parseFile(byte[], String)} for JSON that starts at {@code start} in a larger file. */
    public static ParseResult parseFile(byte[] src, String filename, Pos start) {
        Diagnostics diags = new Diagnostics();
        JsonNode root;
        try {
            root = JsonParser.parse(src, filename, start, diags);
        } catch (RuntimeException | StackOverflowError e) {
            root = internalError(filename, start, e, diags);
        }
        if (!(root instanceof ObjectNode) && !(root instanceof ArrayNode)) {
            diags.error("Root value must be object", "The root value in a JSON-based configuration must be"
                    + " either a JSON object or a JSON array of objects.", root.startRange());
            // An empty placeholder, so that decoding the body adds no second error about the same thing.
            Range fake = Range.at(filename, Pos.START);
            root = new ObjectNode(List.of(), fake, fake, fake);
        }
        return new ParseResult(new JsonBody(root), diags);
    }

    /** Parses one JSON value as an expression. */
    public static ExpressionResult parseExpression(byte[] src, String filename) {
        return parseExpression(src, filename, Pos.START);
    }

    /** Like {@link #parseExpression(byte[], String)} for JSON that starts at {@code start}. */
    public static ExpressionResult parseExpression(byte[] src, String filename, Pos start) {
        Diagnostics diags = new Diagnostics();
        JsonNode node;
        try {
            node = JsonParser.parse(src, filename, start, diags);
        } catch (RuntimeException | StackOverflowError e) {
            node = internalError(filename, start, e, diags);
        }
        return new ExpressionResult(new JsonExpression(node), diags);
    }

    /** Last resort for a bug of ours: a diagnostic instead of an exception escaping to the caller. */
    private static JsonNode internalError(String filename, Pos start, Throwable e, Diagnostics diags) {
        Range r = Range.at(filename, start);
        diags.error("Internal error while parsing", "The JSON could not be parsed because of an internal error: "
                + e, r);
        return new JsonNode.InvalidNode(r);
    }
}
