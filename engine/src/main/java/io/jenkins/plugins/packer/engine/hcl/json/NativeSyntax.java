package io.jenkins.plugins.packer.engine.hcl.json;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.Expression;
import io.jenkins.plugins.packer.engine.hcl.Pos;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.json.JsonNode.StringNode;
import io.jenkins.plugins.packer.engine.hcl.syntax.HclParser;
import java.nio.charset.StandardCharsets;

/**
 * Bridge to the native syntax for the content of JSON strings. Positions start just after the opening
 * quote; as in hcl, they drift when the string contains JSON escapes (the native parser sees the unescaped
 * text).
 */
final class NativeSyntax {

    private NativeSyntax() {
    }

    /** The string's content parsed as a template, or null after reporting parse errors to {@code diags}. */
    static Expression template(StringNode s, Diagnostics diags) {
        Diagnostics own = new Diagnostics();
        Expression e = HclParser.parseTemplate(bytes(s), s.range().filename(), contentStart(s.range()), own);
        diags.addAll(own);
        return own.hasErrors() ? null : e;
    }

    /** The string's content parsed as a native expression (not a template), or null when it does not parse. */
    static Expression expression(StringNode s) {
        Diagnostics own = new Diagnostics();
        Expression e = HclParser.parseExpression(bytes(s), s.range().filename(), contentStart(s.range()), own);
        return own.hasErrors() ? null : e;
    }

    private static byte[] bytes(StringNode s) {
        return s.value().getBytes(StandardCharsets.UTF_8);
    }

    private static Pos contentStart(Range quoted) {
        Pos p = quoted.start();
        return new Pos(p.line(), p.column() + 1, p.byteOffset() + 1);
    }
}
