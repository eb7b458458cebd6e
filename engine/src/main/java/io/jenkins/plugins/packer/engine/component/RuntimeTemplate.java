package io.jenkins.plugins.packer.engine.component;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a configuration field: a Go template the component renders itself when it runs, with data only known then
 * ({@code {{.Vars}} {{.Script}}}, {@code {{.BuildName}}}, {@code {{.ChecksumType}}}, {@code {{ .HTTPIP }}}).
 * Legacy JSON templates leave such fields uninterpolated when they set up the build, as Packer's components
 * exclude them from their {@code RenderFilter}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface RuntimeTemplate {
}
