package io.jenkins.plugins.packer.engine.gotemplate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed Go {@code text/template}, the language of Packer's legacy JSON interpolation ({@code {{user `x`}}})
 * and of the placeholders components fill at run time ({@code {{ .HTTPIP }}}, {@code {{.Vars}} {{.Path}}}).
 *
 * <p>Supported: text and actions with {@code {{-}}/{@code -}}} trimming, comments, pipelines with {@code |},
 * parenthesised pipelines, fields on maps and records, variables ({@code $x := ...}, {@code $}), string (quoted
 * and raw), number, bool and nil literals, {@code if/else if/else}, {@code with}, {@code range} and the
 * built-in functions {@code and or not eq ne lt le gt ge len index print printf println urlquery}. Not
 * supported: {@code define/template/block}, {@code break/continue} (reported as parse errors).
 *
 * <p>As in Go with default options, a missing map key or a field of nil data yields no value (printed
 * {@code <no value>}); execution errors read {@code template: NAME:LINE:COL: executing "NAME" at <NODE>: ...}.
 * Functions may declare a {@link GoSignature} to get Go's argument checks.
 */
public final class GoTemplate {

    private final String name;
    private final String source;
    private final List<Node> nodes;

    private GoTemplate(String name, String source, List<Node> nodes) {
        this.name = name;
        this.source = source;
        this.nodes = nodes;
    }

    /**
     * Parses {@code text}; a function name not in {@code functions} nor a built-in is a parse error, as in Go.
     */
    public static GoTemplate parse(String name, String text, Set<String> functions) throws GoTemplateException {
        Set<String> all = new java.util.HashSet<>(functions);
        all.addAll(Builtins.NAMES);
        return new GoTemplate(name, text, Parser.parse(name, text, all));
    }

    /** Runs the template against {@code data} (the dot) with the given functions (built-ins are added). */
    public String execute(Object data, Map<String, GoFunction> functions) throws GoTemplateException {
        Map<String, GoFunction> all = new HashMap<>(Builtins.FUNCTIONS);
        all.putAll(functions);
        StringBuilder out = new StringBuilder();
        new Executor(name, source, all, data).run(nodes, out);
        return out.toString();
    }

    /**
     * Packer's {@code hcl2_upgrade} re-templating: the template written back with the actions that do not call
     * one of {@code knownFunctions} escaped, so that running the result prints them as they were.
     *
     * @throws GoTemplateException for {@code if}, {@code range} and {@code with} ({@code unhandled node type})
     */
    public String retemplate(Set<String> knownFunctions) throws GoTemplateException {
        return Retemplate.write(nodes, knownFunctions);
    }

    /** Parses and runs in one go. */
    public static String render(String text, Object data, Map<String, GoFunction> functions)
            throws GoTemplateException {
        return parse("root", text, functions.keySet()).execute(data, functions);
    }
}
