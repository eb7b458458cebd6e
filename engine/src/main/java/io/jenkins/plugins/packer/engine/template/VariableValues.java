package io.jenkins.plugins.packer.engine.template;

import io.jenkins.plugins.packer.engine.hcl.Attribute;
import io.jenkins.plugins.packer.engine.hcl.Block;
import io.jenkins.plugins.packer.engine.hcl.BodySchema;
import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Expression;
import io.jenkins.plugins.packer.engine.hcl.Pos;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.syntax.HclParser;
import io.jenkins.plugins.packer.engine.hcl.typeexpr.Defaults;
import io.jenkins.plugins.packer.engine.hcl.value.ConversionException;
import io.jenkins.plugins.packer.engine.hcl.value.Convert;
import io.jenkins.plugins.packer.engine.hcl.value.Mark;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects the values of input variables in Packer's precedence order — default, {@code PKR_VAR_*}, automatic
 * var files (HCL then JSON), {@code -var-file} files in order, then every {@code -var} — converting each to the
 * variable's type as it arrives, and resolves the final values (validation rules, sensitivity).
 */
final class VariableValues {

    private static final String ENV_PREFIX = "PKR_VAR_";

    private record Assigned(Value value, ValueSource source, Range range) {
    }

    private final Map<String, VariableDecl> decls;
    private final Map<String, Assigned> assigned = new HashMap<>();

    VariableValues(Map<String, VariableDecl> decls) {
        this.decls = decls;
        for (VariableDecl d : decls.values()) {
            if (d.defaultValue() != null) {
                assigned.put(d.name(), new Assigned(d.defaultValue(), ValueSource.DEFAULT, d.defRange()));
            }
        }
    }

    /** {@code PKR_VAR_name=value}; undeclared names are ignored, as Packer does. */
    void fromEnvironment(Map<String, String> env, Diagnostics diags) {
        for (Map.Entry<String, String> e : new TreeMap<>(env).entrySet()) {
            if (!e.getKey().startsWith(ENV_PREFIX)) {
                continue;
            }
            String name = e.getKey().substring(ENV_PREFIX.length());
            VariableDecl d = decls.get(name);
            if (d != null) {
                fromText(d, e.getValue(), "<value for var." + name + " from env>", ValueSource.ENV, diags);
            }
        }
    }

    /**
     * The assignments of a var file. A {@code variable} block there is an error; an undeclared name is a
     * warning when {@code warnUndeclared}, otherwise ignored.
     */
    void fromVarFile(ParsedFile file, boolean warnUndeclared, Diagnostics diags) {
        var probe = file.body().partialContent(new BodySchema(List.of(),
                List.of(new BodySchema.BlockHeaderSchema("variable", List.of("name")))), new Diagnostics());
        boolean declared = false;
        for (Block b : probe.content().blocks()) {
            String name = b.labels().get(0);
            diags.error("Variable declaration in a .pkrvar file", "A .pkrvar file is used to assign values to "
                    + "variables that have already been declared in .pkr files, not to declare new variables. To "
                    + "declare variable \"" + name + "\", place this block in one of your .pkr files, such as "
                    + "variables.pkr.hcl\n\nTo set a value for this variable in " + file.name()
                    + ", use the definition syntax instead:\n    " + name + " = <value>", b.typeRange());
            declared = true;
        }
        if (declared) {
            return;
        }
        for (Attribute attr : file.body().justAttributes(diags).values()) {
            VariableDecl d = decls.get(attr.name());
            if (d == null) {
                if (warnUndeclared) {
                    diags.add(undeclared(attr.name()));
                }
                continue;
            }
            Diagnostics valueDiags = new Diagnostics();
            Value v = attr.expression().value(EvalContext.empty(), valueDiags);
            diags.addAll(valueDiags);
            if (!valueDiags.hasErrors()) {
                assign(d, v, ValueSource.VARFILE, attr.expression().range(), "Invalid value for variable",
                        "The value for " + d.name(), diags);
            }
        }
    }

    /** {@code -var name=value}: an undeclared name is an error. */
    void fromArguments(Map<String, String> argv, Diagnostics diags) {
        for (Map.Entry<String, String> e : argv.entrySet()) {
            VariableDecl d = decls.get(e.getKey());
            if (d == null) {
                diags.error("Undefined -var variable", "A \"" + e.getKey() + "\" variable was passed in the command "
                        + "line but was not found in known variables. To declare variable \"" + e.getKey()
                        + "\", place this block in one of your .pkr files, such as variables.pkr.hcl", null);
                continue;
            }
            fromText(d, e.getValue(), "<value for var." + e.getKey() + " from arguments>", ValueSource.CMD, diags);
        }
    }

    /**
     * The final values, by name, as the {@code var} object holds them: validation rules checked (an unknown
     * condition is skipped), sensitive variables marked (those declared so, and {@code alsoSensitive}: values
     * the Jenkins plugin binds from credentials), unset variables reported.
     */
    Map<String, Value> resolve(EvalContext functions, java.util.Set<String> alsoSensitive, Diagnostics diags) {
        Map<String, Value> out = new LinkedHashMap<>();
        for (VariableDecl d : decls.values()) {
            Assigned a = assigned.get(d.name());
            if (a == null) {
                diags.add(new Diagnostic(io.jenkins.plugins.packer.engine.hcl.Severity.ERROR, "Unset variable \""
                        + d.name() + "\"", "A used variable must be set or have a default value; see "
                        + "https://packer.io/docs/templates/hcl_templates/syntax for details.", d.defRange(),
                        null));
                out.put(d.name(), Value.DYNAMIC);
                continue;
            }
            Value v = a.value();
            validate(d, a, functions, diags);
            out.put(d.name(), d.sensitive() || alsoSensitive.contains(d.name()) ? v.mark(Mark.SENSITIVE) : v);
        }
        return out;
    }

    private void validate(VariableDecl d, Assigned a, EvalContext functions, Diagnostics diags) {
        EvalContext ctx = functions.child(Map.of("var", Value.object(Map.of(d.name(), a.value()))));
        for (VariableDecl.Validation rule : d.validations()) {
            Diagnostics condDiags = new Diagnostics();
            Value ok = rule.condition().value(ctx, condDiags);
            if (condDiags.hasErrors()) {
                diags.addAll(condDiags);
                continue;
            }
            if (!ok.isKnown()) {
                continue;
            }
            if (ok.isNull() || ok.unmark().type() != Type.BOOL) {
                diags.error("Invalid validation result", "The validation condition for variable \"" + d.name()
                        + "\" must return true or false.", rule.condition().range());
                continue;
            }
            if (!ok.unmark().asBool()) {
                Value msg = rule.errorMessage().value(ctx, new Diagnostics());
                String text = msg.isKnown() && !msg.isNull() && msg.type() == Type.STRING ? msg.asString() : "";
                diags.error("Invalid value for " + a.source().word() + " variable",
                        text + "\n\nThis was checked by the validation rule at " + rule.range() + ".",
                        a.range());
            }
        }
    }

    private void fromText(VariableDecl d, String text, String fakeFile, ValueSource source, Diagnostics diags) {
        Range range = new Range(fakeFile, Pos.START, new Pos(1, text.length() + 1, text.length()));
        Value v;
        if (literal(d)) {
            v = Value.string(text);
        } else {
            Diagnostics parseDiags = new Diagnostics();
            Expression expr = HclParser.parseExpression(text.getBytes(StandardCharsets.UTF_8), fakeFile, Pos.START,
                    parseDiags);
            diags.addAll(parseDiags);
            if (parseDiags.hasErrors()) {
                return;
            }
            v = expr.value(EvalContext.empty(), diags);
            range = expr.range();
        }
        String summary = source == ValueSource.CMD ? "Invalid argument value for -var variable"
                : "Invalid value for variable";
        String prefix = source == ValueSource.CMD ? "The received arg value for " + d.name()
                : "The value for " + d.name();
        assign(d, v, source, range, summary, prefix, diags);
    }

    /**
     * Packer's {@code expressionFromVariableDefinition}: text for a variable whose type is string, number or
     * any (also when untyped: then the type of a default other than {} or [] counts) is taken literally;
     * otherwise it is parsed as an HCL expression.
     */
    private static boolean literal(VariableDecl d) {
        Type t = d.constraint() == null ? Type.DYNAMIC : d.constraint().type();
        Value def = d.defaultValue();
        if (d.constraint() == null && def != null && !def.type().equals(Type.EMPTY_OBJECT)
                && !def.type().equals(Type.EMPTY_TUPLE)) {
            t = def.type();
        }
        return t.equals(Type.STRING) || t.equals(Type.NUMBER) || t.equals(Type.DYNAMIC);
    }

    private void assign(VariableDecl d, Value v, ValueSource source, Range range, String summary, String prefix,
            Diagnostics diags) {
        Value converted = v;
        if (d.constraint() != null) {
            try {
                converted = Convert.convert(Defaults.apply(v, d.constraint()), d.constraint().type());
            } catch (ConversionException e) {
                diags.error(summary, prefix + " is not compatible with the variable's type constraint: "
                        + e.messageWithPath() + ".", range);
                converted = Value.DYNAMIC;
            }
        }
        assigned.put(d.name(), new Assigned(converted, source, range));
    }

    /** The warning {@code validate} prints for a var-file value nobody declared (Packer's exact text). */
    static Diagnostic undeclared(String name) {
        return Diagnostic.warning("Undefined variable", "The variable \"" + name + "\" was set but was not declared "
                + "as an input variable.\nTo declare variable \"" + name + "\" place this block in one of your "
                + ".pkr.hcl files,\nsuch as variables.pkr.hcl\n\nvariable \"" + name + "\" {\n  type    = string\n"
                + "  default = null\n}", null);
    }
}
