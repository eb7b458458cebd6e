package org.jenkinsci;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.jvnet.hudson.annotation_indexer.Indexed;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * Stand-in declaration. Mirrors {@code src/main/java/org/jenkinsci/Symbol.java} of jenkinsci/lib-symbol-annotation
 * (artifact org.jenkins-ci:symbol-annotation). Same meta-annotations and member. It keeps {@code @Indexed} so the
 * annotation-indexer processor writes META-INF/annotations/org.jenkinsci.Symbol, the index structs' SymbolLookup
 * reads.
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against
 * jenkinsci/lib-symbol-annotation@8a5658c51991: matches.
 * Compile-only; never packaged.
 */
@Indexed
@Retention(RUNTIME)
@Target({TYPE})
@Documented
public @interface Symbol {
    String[] value();
}
