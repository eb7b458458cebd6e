package io.jenkins.plugins.packer.engine.template.upgrade;

import io.jenkins.plugins.packer.engine.config.GoQuote;
import io.jenkins.plugins.packer.engine.gotemplate.GoFunction;
import io.jenkins.plugins.packer.engine.gotemplate.GoSignature;
import io.jenkins.plugins.packer.engine.gotemplate.GoSignature.ParamType;
import io.jenkins.plugins.packer.engine.gotemplate.GoTemplate;
import io.jenkins.plugins.packer.engine.gotemplate.GoTemplateException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Packer's {@code transposeTemplatingCalls}: the Go-template calls in a generated HCL block replaced by their
 * HCL2 equivalents ({@code {{user `x`}}} by {@code ${var.x}} or {@code ${local.x}}, {@code {{timestamp}}} by
 * {@code ${local.timestamp}}, {@code {{ aws_secretsmanager `s` }}} by a generated data source...). Calls with no
 * equivalent ({@code upper}, {@code split}...) stay Go calls and the block gets a comment saying so; run-time
 * placeholders ({@code {{ .HTTPIP }}}) stay as they are; a block that cannot be read as a template is kept with
 * a comment. The state (generated data sources, locals, whether {@code timestamp} was used) is the upgrade's.
 */
final class Transposer {

    private static final String NAME = "hcl2_upgrade";
    private static final String WS = "[\\t\\n\\f\\r ]";
    /** Packer's fixQuoting: Go calls written with escaped quotes, {@code {{ env \"X\" }}}. */
    private static final Pattern ESCAPED_QUOTES = Pattern.compile(
            "\\{\\{" + WS + "*\\w*(" + WS + "*(\\\\\"[^\\n]*\\\\\")" + WS + "*)+\\w*" + WS + "*}}");

    /** Generated {@code amazon-secretsmanager} data sources: id to their name (and key). */
    final Map<String, Map<String, String>> secrets = new LinkedHashMap<>();
    /** Variables turned into locals. */
    final Set<String> locals = new LinkedHashSet<>();
    boolean timestamp;
    boolean isotime;
    boolean strftime;

    /** The result of transposing a variable's default: whether it must become a local, and the text. */
    record VariableResult(boolean isLocal, String body) {
    }

    String transpose(String s) {
        List<String> errors = new ArrayList<>();
        Outcome o = run(s, transposeFunctions(errors));
        if (o.error() != null) {
            return fallback(o.error(), o.fallbackText());
        }
        return errors.isEmpty() ? o.out() : "\n" + multiError(errors) + o.out();
    }

    /** Packer's {@code variableTransposeTemplatingCalls}. */
    VariableResult variableTranspose(String s) {
        boolean[] isLocal = {false};
        Map<String, GoFunction> funcs = new HashMap<>();
        GoFunction local = GoFunction.typed(GoSignature.variadic(ParamType.STRING), args -> {
            isLocal[0] = true;
            return "";
        });
        for (String f : List.of("aws_secretsmanager", "timestamp", "isotime", "strftime", "user", "template_dir",
                "pwd", "packer_version", "uuid", "lower", "upper")) {
            funcs.put(f, local);
        }
        funcs.put("env", GoFunction.typed(GoSignature.of(ParamType.STRING),
                a -> "${env(" + GoQuote.quote((String) a.get(0)) + ")}"));
        funcs.put("split", typedLocal(isLocal, ParamType.STRING, ParamType.STRING, ParamType.INT));
        funcs.put("replace", typedLocal(isLocal, ParamType.STRING, ParamType.STRING, ParamType.INT, ParamType.STRING));
        funcs.put("replace_all", typedLocal(isLocal, ParamType.STRING, ParamType.STRING, ParamType.STRING));
        Outcome o = run(s, funcs);
        return new VariableResult(isLocal[0], o.error() == null ? o.out() : fallback(o.error(), o.fallbackText()));
    }

    /**
     * Packer's {@code referencedUserVariables}: the names used with {@code {{user `x`}}} anywhere in the
     * template, found by running the whole file as a template that knows only {@code user}; none when that
     * fails (any other function makes it fail).
     */
    static List<String> referencedUserVariables(String raw) {
        List<String> names = new ArrayList<>();
        Map<String, GoFunction> funcs = Map.of("user", GoFunction.typed(GoSignature.of(ParamType.STRING), a -> {
            names.add((String) a.get(0));
            return "";
        }));
        try {
            GoTemplate.parse(NAME, raw, funcs.keySet()).execute(null, funcs);
        } catch (GoTemplateException e) {
            return List.of();
        }
        return names;
    }

    /** The output, or the error and the text Packer then keeps (the input, or its quote-fixed form). */
    private record Outcome(String out, GoTemplateException error, String fallbackText) {
    }

    /** Parse (fixing escaped quotes if needed), re-template, run. */
    private static Outcome run(String s, Map<String, GoFunction> funcs) {
        GoTemplate tpl;
        try {
            tpl = GoTemplate.parse(NAME, s, funcs.keySet());
        } catch (GoTemplateException e) {
            if (!e.getMessage().contains("unexpected \"\\\\\" in operand")) {
                return new Outcome(null, e, s);
            }
            String unquoted = fixQuoting(s);
            try {
                tpl = GoTemplate.parse(NAME, unquoted, funcs.keySet());
            } catch (GoTemplateException e2) {
                return new Outcome(null, e2, unquoted);
            }
        }
        try {
            String re = tpl.retemplate(funcs.keySet());
            return new Outcome(GoTemplate.parse(NAME, re, funcs.keySet()).execute(null, funcs), null, s);
        } catch (GoTemplateException e) {
            return new Outcome(null, e, s);
        }
    }

    private GoFunction typedLocal(boolean[] isLocal, ParamType... params) {
        return GoFunction.typed(GoSignature.of(params), a -> {
            isLocal[0] = true;
            return "";
        });
    }

    private Map<String, GoFunction> transposeFunctions(List<String> errors) {
        Map<String, GoFunction> f = new HashMap<>();
        f.put("aws_secretsmanager", GoFunction.typed(GoSignature.variadic(ParamType.STRING), this::secret));
        f.put("timestamp", constant(() -> {
            timestamp = true;
            return "${local.timestamp}";
        }));
        f.put("isotime", GoFunction.typed(GoSignature.variadic(ParamType.STRING), a -> {
            if (a.isEmpty()) {
                return "${timestamp()}";
            }
            isotime = true;
            return "${legacy_isotime(\"" + a.get(0) + "\")}";
        }));
        f.put("strftime", GoFunction.typed(GoSignature.variadic(ParamType.STRING), a -> {
            if (a.isEmpty()) {
                return "${timestamp()}";
            }
            strftime = true;
            return "${legacy_strftime(\"" + a.get(0) + "\")}";
        }));
        f.put("user", oneString(in -> locals.contains(in) ? "${local." + in + "}" : "${var." + in + "}"));
        f.put("env", oneString(in -> "${env(" + GoQuote.quote(in) + ")}"));
        f.put("build", oneString(in -> "${build." + in + "}"));
        f.put("data", oneString(in -> "${data." + in + "}"));
        f.put("template_dir", constant(() -> "${path.root}"));
        f.put("pwd", constant(() -> "${path.cwd}"));
        f.put("packer_version", constant(() -> "${packer.version}"));
        f.put("uuid", constant(() -> "${uuidv4()}"));
        f.put("build_name", constant(() -> "${build.name}"));
        f.put("build_type", constant(() -> "${build.type}"));
        String replaceDocs = "https://www.packer.io/docs/templates/hcl_templates/functions/string/replace or "
                + "https://www.packer.io/docs/templates/hcl_templates/functions/string/regex_replace";
        String replaceWith = "`replace(string, substring, replacement)` or "
                + "`regex_replace(string, substring, replacement)`";
        f.put("lower", oneString(a -> {
            errors.add(unhandled("lower", "`lower(var.example)`",
                    "https://www.packer.io/docs/templates/hcl_templates/functions/string/lower"));
            return "{{ lower `" + a + "` }}";
        }));
        f.put("upper", oneString(a -> {
            errors.add(unhandled("upper", "`upper(var.example)`",
                    "https://www.packer.io/docs/templates/hcl_templates/functions/string/upper"));
            return "{{ upper `" + a + "` }}";
        }));
        f.put("split", GoFunction.typed(GoSignature.of(ParamType.STRING, ParamType.STRING, ParamType.INT), a -> {
            errors.add(unhandled("split", "`split(separator, string)`",
                    "https://www.packer.io/docs/templates/hcl_templates/functions/string/split"));
            return "{{ split `" + a.get(0) + "` `" + a.get(1) + "` " + a.get(2) + " }}";
        }));
        f.put("replace", GoFunction.typed(GoSignature.of(ParamType.STRING, ParamType.STRING, ParamType.INT,
                ParamType.STRING), a -> {
                    errors.add(unhandled("replace", replaceWith, replaceDocs));
                    return "{{ replace `" + a.get(0) + "` `" + a.get(1) + "` `" + a.get(3) + "` " + a.get(2) + " }}";
                }));
        f.put("replace_all", GoFunction.typed(GoSignature.of(ParamType.STRING, ParamType.STRING, ParamType.STRING),
                a -> {
                    errors.add(unhandled("replace_all", replaceWith, replaceDocs));
                    return "{{ replace_all `" + a.get(0) + "` `" + a.get(1) + "` `" + a.get(2) + "` }}";
                }));
        f.put("clean_resource_name", oneString(a -> {
            errors.add(unhandled("clean_resource_name", "use custom validation rules, " + replaceWith,
                    "https://packer.io/docs/templates/hcl_templates/variables#custom-validation-rules , "
                            + replaceDocs));
            return "{{ clean_resource_name `" + a + "` }}";
        }));
        return f;
    }

    /** {@code aws_secretsmanager NAME [KEY]}: a data source per distinct secret, reused when asked again. */
    private Object secret(List<Object> a) {
        String name = (String) a.get(0);
        String key = a.size() == 2 ? (String) a.get(1) : null;
        for (Map.Entry<String, Map<String, String>> e : secrets.entrySet()) {
            if (e.getValue().get("name").equals(name) && (a.size() != 2 || key.equals(e.getValue().get("key")))) {
                return "${data.amazon-secretsmanager." + e.getKey() + ".value}";
            }
        }
        String id = "autogenerated_" + (secrets.size() + 1);
        Map<String, String> cfg = new LinkedHashMap<>();
        cfg.put("name", name);
        if (a.size() == 2) {
            cfg.put("key", key);
        }
        secrets.put(id, cfg);
        return "${data.amazon-secretsmanager." + id + ".value}";
    }

    private static GoFunction constant(java.util.function.Supplier<String> s) {
        return GoFunction.typed(GoSignature.of(), a -> s.get());
    }

    private static GoFunction oneString(java.util.function.Function<String, String> f) {
        return GoFunction.typed(GoSignature.of(ParamType.STRING), a -> f.apply((String) a.get(0)));
    }

    /** Packer's {@code UnhandleableArgumentError}. */
    private static String unhandled(String call, String correspondence, String docs) {
        String q = GoQuote.quote(call);
        return "unhandled " + q + " call:\n# there is no way to automatically upgrade the " + q + " call.\n"
                + "# Please manually upgrade to " + correspondence + "\n# Visit " + docs + " for more infos.";
    }

    /** The multierror Packer puts before a block whose calls could not all be upgraded. */
    static String multiError(List<String> errors) {
        if (errors.size() == 1) {
            return "# 1 error occurred upgrading the following block:\n\t# " + errors.get(0) + "\n";
        }
        List<String> points = new ArrayList<>();
        for (int i = 0; i < errors.size(); i++) {
            points.add("# " + errors.get(i) + (i == errors.size() - 1 ? "" : "\n"));
        }
        return "# " + errors.size() + " errors occurred upgrading the following block:\n\t"
                + String.join("\n\t", points);
    }

    /** Packer's {@code fallbackReturn}: the block as it was, after a comment with the error. */
    static String fallback(GoTemplateException e, String s) {
        String msg = e.getMessage();
        if (msg.contains("unhandled")) {
            return "\n# " + msg + "\n" + s;
        }
        return "\n# could not parse template for following block: " + GoQuote.quote(msg) + "\n" + s;
    }

    /** Packer's {@code fixQuoting}: {@code {{ env \"X\" }}} read as {@code {{ env "X" }}}. */
    static String fixQuoting(String old) {
        Matcher m = ESCAPED_QUOTES.matcher(old);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String match = m.group();
            String group = m.group(1);
            String unquoted = GoUnquote.unquote("\"" + group + "\"");
            String replacement = unquoted == null ? match : match.replaceFirst(Pattern.quote(group),
                    Matcher.quoteReplacement(unquoted));
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
