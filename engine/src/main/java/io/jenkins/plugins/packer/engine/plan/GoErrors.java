package io.jenkins.plugins.packer.engine.plan;

import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import java.util.List;

/** Failure texts as Packer's Go code prints them. */
final class GoErrors {

    private GoErrors() {
    }

    /**
     * hashicorp/hcl's {@code Diagnostics.Error()}: the first error as {@code FILE:LINE,COL-COL: SUMMARY; DETAIL},
     * then {@code , and N other diagnostic(s)}.
     */
    static String diagnostics(Diagnostics diags) {
        List<Diagnostic> errors = diags.asList().stream().filter(Diagnostic::isError).toList();
        if (errors.isEmpty()) {
            return "";
        }
        Diagnostic first = errors.get(0);
        StringBuilder out = new StringBuilder();
        if (first.subject() != null) {
            out.append(first.subject()).append(": ");
        }
        out.append(first.summary());
        if (first.detail() != null && !first.detail().isEmpty()) {
            out.append("; ").append(first.detail());
        }
        if (errors.size() > 1) {
            out.append(", and ").append(errors.size() - 1).append(" other diagnostic(s)");
        }
        return out.toString();
    }

    /** Packer's {@code MultiError}: {@code N error(s) occurred:} then {@code * message} lines. */
    static String multi(List<String> messages) {
        StringBuilder out = new StringBuilder(messages.size() + " error(s) occurred:\n\n");
        for (int i = 0; i < messages.size(); i++) {
            out.append("* ").append(messages.get(i));
            if (i + 1 < messages.size()) {
                out.append('\n');
            }
        }
        return out.toString();
    }
}
