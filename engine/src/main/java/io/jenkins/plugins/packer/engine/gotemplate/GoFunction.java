package io.jenkins.plugins.packer.engine.gotemplate;

import java.util.List;

/**
 * A function callable from a template ({@code {{ user `name` }}}, {@code {{ upper .Name }}}). Arguments
 * arrive evaluated: {@code String}, {@code Long}, {@code Double}, {@code Boolean}, {@code null}, or whatever
 * the data holds. A thrown exception becomes an execution error naming the function.
 */
@FunctionalInterface
public interface GoFunction {

    Object apply(List<Object> args) throws Exception;
}
