package io.jenkins.plugins.packer.binding;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where a bound credential value goes: a template variable (handed to the engine in a private var file and
 * marked sensitive) or an environment variable of the engine process.
 */
public enum BindingTarget {
    /** A Packer template variable, e.g. {@code var.ssh_password}. */
    VARIABLE(Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*"), "a template variable name (letters, digits, _ and -)"),
    /** An environment variable of the engine process, e.g. {@code AWS_SECRET_ACCESS_KEY}. */
    ENVIRONMENT(Pattern.compile("[A-Za-z_][A-Za-z0-9_]*"), "an environment variable name (letters, digits and _)");

    private final Pattern namePattern;
    private final String nameRule;

    BindingTarget(Pattern namePattern, String nameRule) {
        this.namePattern = namePattern;
        this.nameRule = nameRule;
    }

    /** Whether {@code name} is acceptable for this target. */
    public boolean accepts(String name) {
        return name != null && namePattern.matcher(name).matches();
    }

    /** Human-readable naming rule, used in error messages. */
    public String nameRule() {
        return nameRule;
    }

    /**
     * Parses the user-facing spelling: {@code variable} (default when blank) or {@code environment}/{@code env}.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static BindingTarget parse(String text) {
        if (text == null || text.isBlank()) {
            return VARIABLE;
        }
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "variable":
            case "var":
                return VARIABLE;
            case "environment":
            case "env":
                return ENVIRONMENT;
            default:
                throw new IllegalArgumentException("bindTo must be 'variable' or 'environment', not '" + text + "'");
        }
    }

    /** The spelling {@link #parse} accepts and the Snippet Generator shows. */
    public String spelling() {
        return this == VARIABLE ? "variable" : "environment";
    }
}
