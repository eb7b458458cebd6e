package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/hudson/model/Descriptor.java} of jenkinsci/jenkins,
 * Jenkins LTS 2.516.x line. Upstream it also implements Loadable, Saveable and OnMaster (omitted: not used). Only
 * the no-argument constructor (which infers the described class from the enclosing class) and getDisplayName.
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against jenkinsci/jenkins
 * (find_string, id 87772244): partly (supertypes omitted) &mdash; abstract class Descriptor&lt;T extends
 * Describable&lt;T&gt;&gt; ok (Loadable, Saveable, OnMaster omitted); protected Descriptor() and {@code @NonNull}
 * getDisplayName() not found in the searchable text (unverified).
 * Compile-only; never packaged.
 */
public abstract class Descriptor<T extends Describable<T>> {
    protected Descriptor() {
        throw new UnsupportedOperationException("stand-in");
    }

    @NonNull
    public String getDisplayName() {
        throw new UnsupportedOperationException("stand-in");
    }
}
