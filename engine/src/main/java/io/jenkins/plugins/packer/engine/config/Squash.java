package io.jenkins.plugins.packer.engine.config;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Embeds a configuration record's fields into the enclosing one, as Go's {@code mapstructure:",squash"}:
 * the component's type is a record whose fields appear in templates at the enclosing level (no block), so a
 * group of fields shared by many components, such as the communicator settings, is declared once.
 *
 * <pre>{@code
 * public record NullConfig(@Squash CommunicatorConfig comm) { }   // ssh_host = "..." at the top level
 * }</pre>
 *
 * <p>A squashed record that is {@link Validated} is validated before the enclosing one, with the same
 * field ranges. Field names must not collide.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Squash {
}
