package hudson.model;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/hudson/model/AbstractDescribableImpl.java} of
 * jenkinsci/jenkins, Jenkins LTS 2.516.x line. Deprecated upstream since 2.505 in favour of implementing Describable
 * directly; still the superclass of workflow-step-api's Step, so it is declared with its override of getDescriptor.
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against jenkinsci/jenkins
 * (find_string, ids 452852410, 53886155019): FIXED &mdash; {@code @Deprecated(since = "2.505")} as current core (was
 * {@code @Deprecated}); &lt;T extends AbstractDescribableImpl&lt;T&gt;&gt; implements Describable&lt;T&gt; ok.
 * Compile-only; never packaged.
 */
@Deprecated(since = "2.505")
public abstract class AbstractDescribableImpl<T extends AbstractDescribableImpl<T>> implements Describable<T> {
    @Override
    public Descriptor<T> getDescriptor() {
        throw new UnsupportedOperationException("stand-in");
    }
}
