package io.jenkins.plugins.packer.engine.hcl.function.lib;

import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Expression;
import io.jenkins.plugins.packer.engine.hcl.Pos;
import io.jenkins.plugins.packer.engine.hcl.Traversal;
import io.jenkins.plugins.packer.engine.hcl.function.Function;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionException;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionSpec;
import io.jenkins.plugins.packer.engine.hcl.function.Parameter;
import io.jenkins.plugins.packer.engine.hcl.syntax.HclParser;
import io.jenkins.plugins.packer.engine.hcl.value.Quote;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code templatefile(path, vars)} as Packer defines it (hcl2template/function/templatefile.go): the file is
 * read exactly as {@code file(path)} reads it (relative to the template directory, {@code ~} expanded, UTF-8
 * required), parsed as an HCL template and evaluated with only {@code vars} as variables and the template
 * functions, except that {@code templatefile} itself fails inside a template file (no recursion). A template
 * that is a single interpolation yields its value unconverted, so the result may be of any type.
 *
 * <p>Errors: a {@code vars} that is not a map or object, a variable name that is not an identifier, or a
 * reference to a name missing from {@code vars} are errors of the {@code vars} argument; reading, parsing and
 * evaluation problems fail the whole call with HCL's one-line rendering of the first diagnostic.
 */
final class TemplateFileFunction {

    static final String RECURSION = "cannot recursively call templatefile from inside templatefile call";

    private final Function file;
    private final Supplier<Map<String, Function>> functions;

    private TemplateFileFunction(Function file, Supplier<Map<String, Function>> functions) {
        this.file = file;
        this.functions = functions;
    }

    /**
     * The function. {@code file} is the library's {@code file} function (whose path rules it shares);
     * {@code functions} gives the table templates may call, asked at each call (it contains this function).
     */
    static Function create(Function file, Supplier<Map<String, Function>> functions) {
        TemplateFileFunction t = new TemplateFileFunction(file, functions);
        return FunctionSpec.builder()
                .param(path())
                .param(vars())
                .returns(args -> {
                    // as go-cty's Type callback: render now to learn the result type
                    if (!args.get(0).isKnown() || !args.get(1).isKnown()) {
                        return Type.DYNAMIC;
                    }
                    return t.render(args.get(0).asString(), args.get(1)).type();
                })
                .impl((args, ret) -> t.render(args.get(0).asString(), args.get(1)))
                .build();
    }

    private static Parameter path() {
        return Parameter.of("path", Type.STRING);
    }

    private static Parameter vars() {
        return Parameter.of("vars", Type.DYNAMIC);
    }

    /** What templates see under the name {@code templatefile}: a function that always fails. */
    private static Function recursionStub() {
        return FunctionSpec.builder()
                .param(path())
                .param(vars())
                .returns(args -> {
                    throw new FunctionException(RECURSION);
                })
                .impl((args, ret) -> {
                    throw new FunctionException(RECURSION);
                })
                .build();
    }

    private Value render(String path, Value vars) throws FunctionException {
        Value text = file.call(List.of(Value.string(path)));
        Diagnostics diags = new Diagnostics();
        Expression expr = HclParser.parseTemplate(text.asString().getBytes(StandardCharsets.UTF_8), path, Pos.START,
                diags);
        if (diags.hasErrors()) {
            throw new FunctionException(describe(diags));
        }
        Type varsType = vars.type();
        if (!(varsType instanceof Type.MapType || varsType instanceof Type.ObjectType)) {
            throw new FunctionException(1, "invalid vars value: must be a map");
        }
        Map<String, Value> variables = vars.attributes();
        for (String name : variables.keySet()) {
            if (!HclParser.isValidIdentifier(name)) {
                throw new FunctionException(1, "invalid template variable name " + Quote.go(name)
                        + ": must start with a letter, followed by zero or more letters, digits, and underscores");
            }
        }
        for (Traversal t : expr.variables()) {
            if (!variables.containsKey(t.rootName())) {
                throw new FunctionException(1, "vars map does not contain key " + Quote.go(t.rootName())
                        + ", referenced at " + t.steps().get(0).range());
            }
        }
        Map<String, Function> funcs = new HashMap<>(functions.get());
        funcs.put("templatefile", recursionStub());
        Value result = expr.value(EvalContext.of(variables, funcs), diags);
        if (diags.hasErrors()) {
            throw new FunctionException(describe(diags));
        }
        return result;
    }

    /** hashicorp/hcl's {@code Diagnostics.Error()}: the first diagnostic, and how many others there are. */
    private static String describe(Diagnostics diags) {
        List<Diagnostic> all = diags.asList();
        Diagnostic d = all.get(0);
        String first = d.subject() + ": " + d.summary() + "; " + d.detail();
        return all.size() == 1 ? first : first + ", and " + (all.size() - 1) + " other diagnostic(s)";
    }
}
