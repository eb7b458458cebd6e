package io.jenkins.plugins.packer.engine.hcl.json;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.Expression;
import io.jenkins.plugins.packer.engine.hcl.json.JsonNode.StringNode;

/** Bridge to the native syntax parser for templates and expressions inside JSON strings. */
final class NativeSyntax {

    private NativeSyntax() {
    }

    /** The string's content parsed as a template, or null after reporting parse errors. */
    static Expression template(StringNode s, Diagnostics diags) {
        diags.error("Templates not supported", "The native template parser is not available yet.", s.range());
        return null;
    }

    /** The string's content parsed as a native expression, or null when it does not parse. */
    static Expression expression(StringNode s) {
        return null;
    }
}
