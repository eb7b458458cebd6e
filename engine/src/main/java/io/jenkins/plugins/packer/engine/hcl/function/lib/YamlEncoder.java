package io.jenkins.plugins.packer.engine.hcl.function.lib;

import io.jenkins.plugins.packer.engine.hcl.value.Numbers;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * Writes a wholly known value as YAML exactly as go-cty-yaml's {@code yamlencode} does with the libyaml
 * emitter it embeds: block style, strings always double-quoted (or literal {@code |} blocks when they
 * contain line breaks), long double-quoted strings folded after column 80, two-space indentation,
 * sequences inside mappings not indented, empty collections as {@code []} and {@code {}}, and a
 * {@code ...} document end marker after a top-level plain scalar.
 */
final class YamlEncoder {

    private static final int BEST_INDENT = 2;
    private static final int BEST_WIDTH = 80;

    private final StringBuilder out = new StringBuilder();
    private final Deque<Integer> indents = new ArrayDeque<>();
    private int indent = -1;
    private int column;
    private boolean whitespace = true;
    private boolean indention = true;
    private boolean openEnded;

    private YamlEncoder() {
    }

    /** The YAML document for {@code v}, which must be wholly known; marks are ignored. */
    static String encode(Value v) {
        YamlEncoder e = new YamlEncoder();
        e.node(v, true, false, false);
        e.writeIndent();
        if (e.openEnded) {
            e.indicator("...", true, false, false);
            e.writeIndent();
        }
        return e.out.toString();
    }

    private void node(Value v, boolean root, boolean mappingContext, boolean simpleKey) {
        Type t = v.type();
        if (v.isNull() || t.isPrimitive()) {
            scalar(v, root, simpleKey);
        } else if (t instanceof Type.ObjectType || t instanceof Type.MapType) {
            mapping(v.attributes(), mappingContext);
        } else {
            sequence(v, mappingContext);
        }
    }

    private void sequence(Value v, boolean mappingContext) {
        if (v.elements().isEmpty()) {
            emptyFlow("[", "]");
            return;
        }
        increaseIndent(false, mappingContext && !indention);
        for (Value item : v.elements()) {
            writeIndent();
            indicator("-", true, false, true);
            node(item, false, false, false);
        }
        indent = indents.pop();
    }

    private void mapping(Map<String, Value> entries, boolean mappingContext) {
        if (entries.isEmpty()) {
            emptyFlow("{", "}");
            return;
        }
        increaseIndent(false, false);
        for (Map.Entry<String, Value> e : entries.entrySet()) {
            writeIndent();
            Value key = Value.string(e.getKey());
            if (isSimpleKey(e.getKey())) {
                node(key, false, true, true);
                indicator(":", false, false, false);
            } else {
                indicator("?", true, false, true);
                node(key, false, true, false);
                writeIndent();
                indicator(":", true, false, true);
            }
            node(e.getValue(), false, true, false);
        }
        indent = indents.pop();
    }

    private static boolean isSimpleKey(String key) {
        return key.getBytes(StandardCharsets.UTF_8).length <= 128 && !YamlScalarStyle.hasLineBreak(key);
    }

    private void emptyFlow(String open, String close) {
        indicator(open, true, true, false);
        indicator(close, false, false, false);
    }

    private void scalar(Value v, boolean root, boolean simpleKey) {
        increaseIndent(true, false);
        if (v.isNull()) {
            plain("null", root);
        } else if (v.type() == Type.NUMBER) {
            plain(Numbers.toText(v.asNumber()), root);
        } else if (v.type() == Type.BOOL) {
            plain(String.valueOf(v.asBool()), root);
        } else {
            String s = v.asString();
            if (s.contains("\n") && !simpleKey && YamlScalarStyle.blockAllowed(s)) {
                literal(s);
            } else {
                doubleQuoted(s, !simpleKey);
            }
        }
        indent = indents.pop();
    }

    private void plain(String text, boolean root) {
        if (!whitespace) {
            put(' ');
        }
        out.append(text);
        column += text.length();
        whitespace = false;
        indention = false;
        if (root) {
            openEnded = true;
        }
    }

    private void doubleQuoted(String s, boolean allowBreaks) {
        indicator("\"", true, false, false);
        boolean spaces = false;
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            String escape = YamlScalarStyle.escape(cp);
            if (escape != null) {
                out.append(escape);
                column += escape.length();
                spaces = false;
            } else if (cp == ' ') {
                if (allowBreaks && !spaces && column > BEST_WIDTH && i != 0 && i != cps.length - 1) {
                    writeIndent();
                    if (cps[i + 1] == ' ') {
                        put('\\');
                    }
                } else {
                    put(' ');
                }
                spaces = true;
            } else {
                out.appendCodePoint(cp);
                column++;
                spaces = false;
            }
        }
        indicator("\"", false, false, false);
        whitespace = false;
        indention = false;
    }

    private void literal(String s) {
        indicator("|", true, false, false);
        int[] cps = s.codePoints().toArray();
        if (cps[0] == ' ' || YamlScalarStyle.isBreak(cps[0])) {
            indicator(String.valueOf(BEST_INDENT), false, false, false);
        }
        int last = cps[cps.length - 1];
        if (!YamlScalarStyle.isBreak(last)) {
            indicator("-", false, false, false);
        } else if (cps.length == 1 || YamlScalarStyle.isBreak(cps[cps.length - 2])) {
            indicator("+", false, false, false); // like libyaml's Go port, this leaves the document closed
        }
        putBreak();
        indention = true;
        whitespace = true;
        boolean breaks = true;
        for (int cp : cps) {
            if (YamlScalarStyle.isBreak(cp)) {
                if (cp == '\n') {
                    putBreak();
                } else {
                    out.appendCodePoint(cp);
                    column = 0;
                }
                indention = true;
                breaks = true;
            } else {
                if (breaks) {
                    writeIndent();
                }
                out.appendCodePoint(cp);
                column++;
                indention = false;
                breaks = false;
            }
        }
    }

    private void increaseIndent(boolean flow, boolean indentless) {
        indents.push(indent);
        if (indent < 0) {
            indent = flow ? BEST_INDENT : 0;
        } else if (!indentless) {
            indent += BEST_INDENT;
        }
    }

    private void writeIndent() {
        int target = Math.max(indent, 0);
        if (!indention || column > target || column == target && !whitespace) {
            putBreak();
        }
        while (column < target) {
            put(' ');
        }
        whitespace = true;
        indention = true;
    }

    private void indicator(String text, boolean needWhitespace, boolean isWhitespace, boolean isIndention) {
        if (needWhitespace && !whitespace) {
            put(' ');
        }
        out.append(text);
        column += text.length();
        whitespace = isWhitespace;
        indention = indention && isIndention;
        openEnded = false;
    }

    private void put(char c) {
        out.append(c);
        column++;
    }

    private void putBreak() {
        out.append('\n');
        column = 0;
    }
}
