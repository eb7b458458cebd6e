package io.jenkins.plugins.packer.engine.gotemplate;

import java.util.List;
import java.util.Set;

/**
 * Packer's {@code hcl2_upgrade} {@code reTemplate}: writes a parsed template back as text, keeping actions that
 * call a known function (or pipe, or pass arguments) as Go prints them ({@code {{user `x`}}}) and escaping the
 * others ({@code {{ .HTTPIP }}} becomes {@code {{ "{{" }} .HTTPIP {{ "}}" }}}) so that running the result leaves
 * them as text. Control structures ({@code if}, {@code range}, {@code with}) cannot be handled.
 */
final class Retemplate {

    private Retemplate() {
    }

    static String write(List<Node> nodes, Set<String> knownFunctions) throws GoTemplateException {
        StringBuilder out = new StringBuilder();
        for (Node n : nodes) {
            if (n instanceof Node.Text t) {
                out.append(t.text());
            } else if (n instanceof Node.Action a) {
                action(a, knownFunctions, out);
            } else if (n instanceof Node.Control c) {
                throw new GoTemplateException("unhandled node type *parse."
                        + Character.toUpperCase(c.keyword().charAt(0)) + c.keyword().substring(1) + "Node");
            }
        }
        return out.toString();
    }

    private static void action(Node.Action a, Set<String> knownFunctions, StringBuilder out) {
        Node.Pipeline pipe = a.pipeline();
        String whole = "{{" + pipe.describe() + "}}";
        if (pipe.commands().size() > 1) {
            out.append(whole);
            return;
        }
        Node.Command cmd = pipe.commands().get(0);
        if (cmd.args().size() > 1 || knownFunctions.contains(cmd.args().get(0).describe())) {
            out.append(whole);
            return;
        }
        out.append("{{ \"{{\" }} ").append(cmd.describe()).append(" {{ \"}}\" }}");
    }
}
