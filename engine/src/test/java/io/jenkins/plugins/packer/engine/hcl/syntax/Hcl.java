package io.jenkins.plugins.packer.engine.hcl.syntax;

import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Expression;
import io.jenkins.plugins.packer.engine.hcl.Pos;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** Test helpers: parse and evaluate snippets, describe diagnostics compactly. */
final class Hcl {

    static final String FILE = "t.hcl";

    private Hcl() {
    }

    static ParseResult file(String src) {
        return HclParser.parseFile(src.getBytes(StandardCharsets.UTF_8), FILE);
    }

    static Expression expr(String src, Diagnostics diags) {
        return HclParser.parseExpression(src.getBytes(StandardCharsets.UTF_8), FILE, Pos.START, diags);
    }

    /** Parses {@code src} (which must parse cleanly) and evaluates it in {@code ctx}. */
    static Value eval(String src, EvalContext ctx, Diagnostics evalDiags) {
        Diagnostics parse = new Diagnostics();
        Expression e = expr(src, parse);
        if (parse.hasErrors()) {
            throw new AssertionError("parse errors in " + src + ": " + parse);
        }
        return e.value(ctx, evalDiags);
    }

    static Value eval(String src) {
        Diagnostics d = new Diagnostics();
        Value v = eval(src, EvalContext.empty(), d);
        if (d.hasErrors()) {
            throw new AssertionError("evaluation errors in " + src + ": " + d);
        }
        return v;
    }

    /** "summary@line,col-line,col" for each diagnostic, compact for assertions. */
    static List<String> brief(Diagnostics diags) {
        return diags.asList().stream().map(Hcl::brief).collect(Collectors.toList());
    }

    static String brief(Diagnostic d) {
        var s = d.subject();
        return d.summary() + "@" + s.start().line() + "," + s.start().column() + "-" + s.end().line() + ","
                + s.end().column();
    }
}
