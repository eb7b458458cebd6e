package io.jenkins.plugins.packer.engine.hcl.fuzz;

import io.jenkins.plugins.packer.engine.hcl.Attribute;
import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Expression;
import io.jenkins.plugins.packer.engine.hcl.Pos;
import io.jenkins.plugins.packer.engine.hcl.function.Function;
import io.jenkins.plugins.packer.engine.hcl.function.lib.PackerFunctions;
import io.jenkins.plugins.packer.engine.hcl.json.HclJsonParser;
import io.jenkins.plugins.packer.engine.hcl.syntax.HclParser;
import io.jenkins.plugins.packer.engine.hcl.syntax.ParseResult;
import io.jenkins.plugins.packer.engine.hcl.value.Mark;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import io.jenkins.plugins.packer.engine.hcl.value.ValueFormat;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Parses input in one of the HCL entry points and evaluates what it got, the way templates are used: every
 * attribute of a file, or the expression or template itself, in a context with known, unknown and sensitive
 * values and Packer's functions (minus those that read files or burn CPU on purpose: file reads, {@code bcrypt}).
 * Each value is also formatted as the console would. Reports a bug by throwing {@link AssertionError} when an
 * internal error was caught and turned into a diagnostic.
 */
final class ParseEvaluate {

    /** Functions left out: they read the file system or are slow by design for any input. */
    private static final Set<String> EXCLUDED = Set.of("file", "filebase64", "fileexists", "fileset", "templatefile",
            "bcrypt");

    static final EvalContext CONTEXT = context();

    private ParseEvaluate() {
    }

    private static EvalContext context() {
        Map<String, Function> functions = new TreeMap<>(PackerFunctions.table(
                new PackerFunctions.Options(Path.of("/nonexistent-fuzz-dir"), Instant.EPOCH)));
        functions.keySet().removeAll(EXCLUDED);
        Value var = Value.object(Map.of(
                "s", Value.string("text"),
                "n", Value.number(42),
                "l", Value.tuple(List.of(Value.string("a"), Value.number(1), Value.TRUE)),
                "m", Value.object(Map.of("k", Value.string("v"))),
                "secret", Value.string("hunter2").mark(Mark.SENSITIVE),
                "later", Value.unknown(Type.STRING),
                "any", Value.DYNAMIC,
                "nothing", Value.NULL));
        return EvalContext.of(Map.of("var", var, "local", var), functions);
    }

    /** Which entry point reads the input. */
    enum Mode {
        NATIVE_FILE, NATIVE_EXPRESSION, NATIVE_TEMPLATE, JSON_FILE, JSON_EXPRESSION
    }

    static Diagnostics run(Mode mode, byte[] src) {
        Diagnostics diags = new Diagnostics();
        switch (mode) {
            case NATIVE_FILE -> {
                ParseResult r = HclParser.parseFile(src, "fuzz.pkr.hcl");
                diags.addAll(r.diags());
                evaluateAttributes(r.body().justAttributes(diags).values(), diags);
            }
            case NATIVE_EXPRESSION -> evaluate(HclParser.parseExpression(src, "fuzz.hcl", Pos.START, diags), diags);
            case NATIVE_TEMPLATE -> evaluate(HclParser.parseTemplate(src, "fuzz.tpl", Pos.START, diags), diags);
            case JSON_FILE -> {
                HclJsonParser.ParseResult r = HclJsonParser.parseFile(src, "fuzz.pkr.json");
                diags.addAll(r.diagnostics());
                evaluateAttributes(r.body().justAttributes(diags).values(), diags);
            }
            case JSON_EXPRESSION -> {
                HclJsonParser.ExpressionResult r = HclJsonParser.parseExpression(src, "fuzz.json");
                diags.addAll(r.diagnostics());
                evaluate(r.expression(), diags);
            }
            default -> throw new IllegalArgumentException(mode.toString());
        }
        for (Diagnostic d : diags) {
            if (d.summary().startsWith("Internal error")) {
                throw new AssertionError(d.summary() + ": " + d.detail());
            }
        }
        return diags;
    }

    private static void evaluateAttributes(Iterable<Attribute> attributes, Diagnostics diags) {
        for (Attribute a : attributes) {
            evaluate(a.expression(), diags);
        }
    }

    private static void evaluate(Expression e, Diagnostics diags) {
        e.variables();
        Value v = e.value(CONTEXT, diags);
        ValueFormat.console(v);
    }
}
