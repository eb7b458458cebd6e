package io.jenkins.plugins.packer.engine.gotemplate;

import java.util.List;

/**
 * A function callable from a template ({@code {{ user `name` }}}, {@code {{ upper .Name }}}). Arguments
 * arrive evaluated: {@code String}, {@code Long}, {@code Double}, {@code Boolean}, {@code null}, or whatever
 * the data holds. A thrown exception becomes an execution error naming the function
 * ({@code error calling NAME: MESSAGE}).
 */
@FunctionalInterface
public interface GoFunction {

    Object apply(List<Object> args) throws Exception;

    /** The Go parameter types the executor checks before calling; null means unchecked. */
    default GoSignature signature() {
        return null;
    }

    /** A function whose arguments are checked against {@code signature} as Go checks a typed function. */
    static GoFunction typed(GoSignature signature, GoFunction body) {
        return new GoFunction() {
            @Override
            public Object apply(List<Object> args) throws Exception {
                return body.apply(args);
            }

            @Override
            public GoSignature signature() {
                return signature;
            }
        };
    }
}
