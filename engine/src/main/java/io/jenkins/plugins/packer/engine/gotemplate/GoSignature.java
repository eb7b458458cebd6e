package io.jenkins.plugins.packer.engine.gotemplate;

import java.util.List;

/**
 * The Go parameter types of a template function, so that calls are checked as Go's text/template checks them
 * ({@code wrong number of args for upper: want 1 got 0}, {@code expected string; found 5}) before the function
 * runs. Functions without a signature receive their arguments unchecked.
 *
 * @param params the fixed parameters
 * @param variadic the type of the trailing variadic parameter, or null
 */
public record GoSignature(List<ParamType> params, ParamType variadic) {

    /** The parameter types templates use. */
    public enum ParamType {
        STRING("string"), INT("int"), ANY("interface {}");

        private final String goName;

        ParamType(String goName) {
            this.goName = goName;
        }

        /** The type's name as Go prints it. */
        public String goName() {
            return goName;
        }
    }

    public GoSignature {
        params = List.copyOf(params);
    }

    /** A signature with fixed parameters only. */
    public static GoSignature of(ParamType... params) {
        return new GoSignature(List.of(params), null);
    }

    /** A signature with fixed parameters followed by a variadic one. */
    public static GoSignature variadic(ParamType variadic, ParamType... params) {
        return new GoSignature(List.of(params), variadic);
    }
}
