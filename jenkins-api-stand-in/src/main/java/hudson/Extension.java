package hudson;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import net.java.sezpoz.Indexable;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/hudson/Extension.java} of jenkinsci/jenkins (LTS 2.516.x
 * line): same package, name, meta-annotations and members. It keeps {@link Indexable} so the sezpoz annotation
 * processor writes {@code META-INF/annotations/hudson.Extension}, the index Jenkins reads.
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against
 * jenkinsci/jenkins@067fcb824bc1: matches.
 * Compile-only; never packaged.
 */
@Indexable
@Retention(RUNTIME)
@Target({TYPE, FIELD, METHOD})
@Documented
public @interface Extension {
    double ordinal() default 0;

    boolean optional() default false;
}
