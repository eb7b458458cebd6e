package io.jenkins.plugins.packer.engine.config;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The field's name in templates, when it is not the snake_case form of the record component's name
 * ({@code sshPort} is {@code ssh_port} without this annotation).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Name {
    String value();
}
