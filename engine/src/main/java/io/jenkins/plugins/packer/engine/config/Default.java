package io.jenkins.plugins.packer.engine.config;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value a field takes when the template leaves it unset, written as a template would write it
 * ({@code "22"}, {@code "5m"}, {@code "true"}); shown in the generated docs. Defaults that depend on other
 * fields are applied by the component itself and documented in {@link Doc}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Default {
    String value();
}
