package io.jenkins.plugins.packer.engine.hcl.json;

import io.jenkins.plugins.packer.engine.hcl.value.Quote;
import io.jenkins.plugins.packer.engine.hcl.NameSuggestion;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.Pos;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.json.JsonNode.ArrayNode;
import io.jenkins.plugins.packer.engine.hcl.json.JsonNode.BoolNode;
import io.jenkins.plugins.packer.engine.hcl.json.JsonNode.InvalidNode;
import io.jenkins.plugins.packer.engine.hcl.json.JsonNode.NullNode;
import io.jenkins.plugins.packer.engine.hcl.json.JsonNode.NumberNode;
import io.jenkins.plugins.packer.engine.hcl.json.JsonNode.ObjectNode;
import io.jenkins.plugins.packer.engine.hcl.json.JsonNode.Property;
import io.jenkins.plugins.packer.engine.hcl.json.JsonNode.StringNode;
import io.jenkins.plugins.packer.engine.hcl.json.JsonToken.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recursive-descent JSON parser producing {@link JsonNode}s, with hashicorp/hcl's JSON error messages and
 * recovery. Errors never throw: a broken value becomes an {@link InvalidNode} and a diagnostic. Nesting is
 * bounded by {@link #MAX_DEPTH}; deeper input is skipped without recursion and reported once.
 */
final class JsonParser {

    /** Arrays and objects nested deeper than this are rejected. */
    static final int MAX_DEPTH = 500;

    private static final String VALUE_START =
            "A JSON value must start with a brace, a bracket, a number, a string, or a keyword.";
    private static final List<String> KEYWORDS = List.of("false", "true", "null");

    private final byte[] src;
    private final List<JsonToken> tokens;
    private final Diagnostics diags;
    private int pos;
    private int depth;

    private JsonParser(byte[] src, List<JsonToken> tokens, Diagnostics diags) {
        this.src = src;
        this.tokens = tokens;
        this.diags = diags;
    }

    /** Parses one JSON value spanning all of {@code src}; trailing data is an error. */
    static JsonNode parse(byte[] src, String filename, Pos start, Diagnostics diags) {
        JsonParser p = new JsonParser(src, JsonScanner.scan(src, filename, start), diags);
        int before = diags.size();
        JsonNode node = p.value();
        if (diags.size() == before && p.peek().kind() != Kind.EOF) {
            diags.error("Extraneous data after value", "Extra characters appear after the JSON value.",
                    p.peek().range());
        }
        return node;
    }

    private JsonToken peek() {
        return tokens.get(pos);
    }

    private JsonToken read() {
        JsonToken t = tokens.get(pos);
        if (t.kind() != Kind.EOF) {
            pos++;
        }
        return t;
    }

    private JsonNode value() {
        JsonToken tok = peek();
        JsonNode n = switch (tok.kind()) {
            case BRACE_OPEN, BRACKET_OPEN -> depth >= MAX_DEPTH ? tooDeep() : container(tok.kind());
            case NUMBER -> number();
            case STRING -> string();
            case KEYWORD -> keyword();
            case BRACE_CLOSE -> missing("Missing JSON value", VALUE_START, tok);
            case BRACKET_CLOSE -> missing("Missing array element value", VALUE_START, tok);
            case EOF -> missing("Missing value", "The JSON data ends prematurely.", tok);
            case INVALID -> Utf8.isValid(src, tok.start(), tok.end())
                    ? missing("Invalid start of value", VALUE_START, tok)
                    : missing(JsonLiterals.BAD_ENCODING_SUMMARY, JsonLiterals.BAD_ENCODING_DETAIL, tok);
            default -> missing("Invalid start of value", VALUE_START, tok);
        };
        return n != null ? n : new InvalidNode(tok.range());
    }

    private JsonNode container(Kind open) {
        depth++;
        try {
            return open == Kind.BRACE_OPEN ? object() : array();
        } finally {
            depth--;
        }
    }

    private JsonNode missing(String summary, String detail, JsonToken tok) {
        diags.error(summary, detail, tok.range());
        return null;
    }

    private JsonNode object() {
        JsonToken open = read();
        List<Property> props = new ArrayList<>();
        while (peek().kind() != Kind.BRACE_CLOSE) {
            JsonNode key = value();
            if (!(key instanceof StringNode name)) {
                diags.error("Invalid object property name", "A JSON object property name must be a string",
                        key.startRange());
                return null;
            }
            JsonToken colon = read();
            if (colon.kind() != Kind.COLON) {
                recover(colon, Kind.BRACE_OPEN, Kind.BRACE_CLOSE);
                if (colon.kind() == Kind.BRACE_CLOSE || colon.kind() == Kind.COMMA) {
                    diags.error("Missing object value",
                            "A JSON object attribute must have a value, introduced by a colon.", colon.range());
                } else if (colon.kind() == Kind.EQUALS) {
                    diags.error("Missing property value colon",
                            "JSON uses a colon as its name/value delimiter, not an equals sign.", colon.range());
                } else {
                    diags.error("Missing property value colon",
                            "A colon must appear between an object property's name and its value.",
                            colon.range());
                }
                return null;
            }
            props.add(new Property(name.value(), value(), name.range()));
            switch (peek().kind()) {
                case COMMA -> {
                    JsonToken comma = read();
                    if (peek().kind() == Kind.BRACE_CLOSE) {
                        diags.error("Trailing comma in object",
                                "JSON does not permit a trailing comma after the final property in an object.",
                                comma.range());
                        return null;
                    }
                }
                case EOF -> {
                    diags.error("Unclosed object", "No closing brace was found for this JSON object.",
                            open.range());
                    return null;
                }
                case BRACKET_CLOSE -> {
                    diags.error("Mismatched braces", "A JSON object must be closed with a brace, not a bracket.",
                            read().range());
                    return null;
                }
                case BRACE_CLOSE -> {
                    // loop ends
                }
                default -> {
                    recover(read(), Kind.BRACE_OPEN, Kind.BRACE_CLOSE);
                    diags.error("Missing attribute seperator comma",
                            "A comma must appear between each property definition in an object.",
                            peek().range());
                    return null;
                }
            }
        }
        JsonToken close = read();
        return new ObjectNode(props, Range.between(open.range(), close.range()), open.range(), close.range());
    }

    private JsonNode array() {
        JsonToken open = read();
        List<JsonNode> values = new ArrayList<>();
        while (peek().kind() != Kind.BRACKET_CLOSE) {
            values.add(value());
            switch (peek().kind()) {
                case COMMA -> {
                    JsonToken comma = read();
                    if (peek().kind() == Kind.BRACKET_CLOSE) {
                        diags.error("Trailing comma in array",
                                "JSON does not permit a trailing comma after the final value in an array.",
                                comma.range());
                        return null;
                    }
                }
                case COLON -> {
                    recover(read(), Kind.BRACKET_OPEN, Kind.BRACKET_CLOSE);
                    diags.error("Invalid array value", "A colon is not used to introduce values in a JSON array.",
                            peek().range());
                    return null;
                }
                case EOF -> {
                    recover(read(), Kind.BRACKET_OPEN, Kind.BRACKET_CLOSE);
                    diags.error("Unclosed object", "No closing bracket was found for this JSON array.",
                            open.range());
                    return null;
                }
                case BRACE_CLOSE -> {
                    JsonToken tok = read();
                    recover(tok, Kind.BRACKET_OPEN, Kind.BRACKET_CLOSE);
                    diags.error("Mismatched brackets", "A JSON array must be closed with a bracket, not a brace.",
                            tok.range());
                    return null;
                }
                case BRACKET_CLOSE -> {
                    // loop ends
                }
                default -> {
                    recover(read(), Kind.BRACKET_OPEN, Kind.BRACKET_CLOSE);
                    diags.error("Missing attribute seperator comma",
                            "A comma must appear between each value in an array.", peek().range());
                    return null;
                }
            }
        }
        JsonToken close = read();
        return new ArrayNode(values, Range.between(open.range(), close.range()), open.range());
    }

    /** Moves past what seems to be the end of the broken container, as hcl's parser does. */
    private void recover(JsonToken tok, Kind open, Kind close) {
        int level = 1;
        while (true) {
            if (tok.kind() == open) {
                level++;
            } else if (tok.kind() == close) {
                level--;
                if (level <= 1) {
                    return;
                }
            } else if (tok.kind() == Kind.EOF) {
                return;
            }
            tok = read();
        }
    }

    /** Skips a too-deep container without recursing, up to its matching closing bracket. */
    private JsonNode tooDeep() {
        JsonToken open = read();
        diags.error("JSON nesting too deep", "JSON arrays and objects can be nested at most " + MAX_DEPTH
                + " levels deep.", open.range());
        int level = 1;
        JsonToken last = open;
        while (level > 0 && peek().kind() != Kind.EOF) {
            last = read();
            if (last.kind() == Kind.BRACE_OPEN || last.kind() == Kind.BRACKET_OPEN) {
                level++;
            } else if (last.kind() == Kind.BRACE_CLOSE || last.kind() == Kind.BRACKET_CLOSE) {
                level--;
            }
        }
        return new InvalidNode(Range.between(open.range(), last.range()));
    }

    private JsonNode number() {
        JsonToken tok = read();
        BigDecimal n = JsonLiterals.number(tok.text(src), tok.range(), diags);
        return n == null ? null : new NumberNode(n, tok.range());
    }

    private JsonNode string() {
        JsonToken tok = read();
        String s = JsonLiterals.string(src, tok, diags);
        return s == null ? null : new StringNode(s, tok.range());
    }

    private JsonNode keyword() {
        JsonToken tok = read();
        String word = tok.text(src);
        switch (word) {
            case "true":
                return new BoolNode(true, tok.range());
            case "false":
                return new BoolNode(false, tok.range());
            case "null":
                return new NullNode(tok.range());
            default:
                break;
        }
        String detail;
        if (Set.of("undefined", "NaN", "Infinity").contains(word)) {
            detail = "The JavaScript identifier " + Quote.go(word) + " cannot be used in JSON.";
        } else {
            detail = Quote.go(word) + " is not a valid JSON keyword." + NameSuggestion.didYouMean(word, KEYWORDS);
        }
        diags.error("Invalid JSON keyword", detail, tok.range());
        return null;
    }
}
