package io.jenkins.plugins.packer.engine.command;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Expression;
import io.jenkins.plugins.packer.engine.hcl.Pos;
import io.jenkins.plugins.packer.engine.hcl.syntax.HclParser;
import io.jenkins.plugins.packer.engine.hcl.value.Quote;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import io.jenkins.plugins.packer.engine.hcl.value.ValueFormat;
import io.jenkins.plugins.packer.engine.template.Template;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The evaluator behind {@code console} in HCL2 mode, as Packer's {@code PackerConfig.EvaluateExpression}: a
 * line is {@code exit}, {@code help}, {@code variables}, empty, or an expression parsed as
 * {@code <console-input>} and evaluated in the template's context (variables, locals, {@code path},
 * {@code packer}, {@code data} and the function table). Values print as Packer prints them: {@code <unknown>}
 * when anything inside is not yet known, else {@link ValueFormat#console}.
 */
public final class ConsoleSession {

    /** The file name diagnostics give for console input. */
    public static final String INPUT_FILENAME = "<console-input>";

    /** What {@code help} prints (Packer's PackerConsoleHelp). */
    public static final String HELP = """
            Packer console HCL2 Mode.
            The Packer console allows you to experiment with Packer interpolations.
            You may access variables and functions in the Packer config you called the
            console with.

            Type in the interpolation to test and hit <enter> to see the result.

            "upper(var.foo.id)" would evaluate to the ID of "foo" and uppercase is, if it
            exists in your config file.

            "variables" will dump all available variables and their values.

            To exit the console, type "exit" and hit <enter>, or use Control-C.

            /!\\ It is not possible to use go templating interpolation like "{{timestamp}}"
            with in HCL2 mode.""";

    /**
     * The outcome of one line.
     *
     * @param output the text to print (without a final newline); null when there is nothing to print
     * @param diagnostics problems found (an error means {@code output} is null)
     * @param exit true for {@code exit}: the console ends
     */
    public record Answer(String output, Diagnostics diagnostics, boolean exit) {
    }

    private final EvalContext context;
    private final Map<String, Value> variables;
    private final Map<String, Value> locals;

    /** A session over {@code context}, listing {@code variables} and {@code locals} for {@code variables}. */
    public ConsoleSession(EvalContext context, Map<String, Value> variables, Map<String, Value> locals) {
        this.context = context;
        this.variables = new TreeMap<>(variables);
        this.locals = new TreeMap<>(locals);
    }

    /** A session in the context of a loaded template. */
    public static ConsoleSession of(Template template) {
        return new ConsoleSession(template.context(), template.variableValues(), template.localValues());
    }

    /** Evaluates one line of input (already trimmed by the caller, as Packer does for piped input). */
    public Answer evaluate(String line) {
        Diagnostics diags = new Diagnostics();
        switch (line) {
            case "":
                return new Answer(null, diags, false);
            case "exit":
                return new Answer(null, diags, true);
            case "help":
                return new Answer(HELP, diags, false);
            case "variables":
                return new Answer(listVariables(), diags, false);
            default:
                break;
        }
        Expression expr = HclParser.parseExpression(line.getBytes(StandardCharsets.UTF_8), INPUT_FILENAME, Pos.START,
                diags);
        if (diags.hasErrors()) {
            return new Answer(null, diags, false);
        }
        Value v = expr.value(context, diags);
        if (diags.hasErrors()) {
            return new Answer(null, diags, false);
        }
        return new Answer(printable(v), diags, false);
    }

    /** Packer's PrintableCtyValue: {@code <unknown>} unless wholly known, else the console layout. */
    public static String printable(Value v) {
        return v.isWhollyKnown() ? ValueFormat.console(v) : "<unknown>";
    }

    /** Packer's printVariables: sorted {@code var.NAME: "VALUE"} then {@code local.NAME: "VALUE"} lines. */
    private String listVariables() {
        List<String> lines = new ArrayList<>();
        lines.add("> input-variables:\n");
        variables.forEach((name, v) -> lines.add("var." + name + ": " + Quote.go(printable(v))));
        lines.add("\n> local-variables:\n");
        locals.forEach((name, v) -> lines.add("local." + name + ": " + Quote.go(printable(v))));
        return String.join("\n", lines) + "\n";
    }
}
