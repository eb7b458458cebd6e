package io.jenkins.plugins.packer.engine.hcl.function.lib;

import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Expression;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.Severity;
import java.util.List;

/**
 * The diagnostics HCL reports for a failed function call, for the functions here that evaluate their own
 * arguments (and therefore report their own failures): "Invalid function argument" on the argument at
 * fault, or "Error in function call" on the call.
 */
final class CallDiagnostics {

    private CallDiagnostics() {
    }

    static Diagnostic invalidArgument(String parameter, String message, Expression arg, List<Expression> all) {
        return new Diagnostic(Severity.ERROR, "Invalid function argument",
                "Invalid value for \"" + parameter + "\" parameter: " + message + ".", arg.startRange(),
                callRange(all));
    }

    static Diagnostic callFailed(String function, String message, List<Expression> args) {
        Range range = callRange(args);
        return new Diagnostic(Severity.ERROR, "Error in function call",
                "Call to function \"" + function + "\" failed: " + message + ".", range, range);
    }

    /** The range the arguments span, standing in for the call's own range; null without arguments. */
    static Range callRange(List<Expression> args) {
        if (args.isEmpty()) {
            return null;
        }
        return Range.between(args.get(0).range(), args.get(args.size() - 1).range());
    }
}
