package hudson.model;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/hudson/model/Describable.java} of jenkinsci/jenkins,
 * Jenkins LTS 2.516.x line. getDescriptor became a default method (looking the descriptor up in Jenkins) in the
 * 2.5xx line.
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against
 * jenkinsci/jenkins@20fbd0ca97c4: partly &mdash; interface Describable&lt;T extends Describable&lt;T&gt;&gt; ok; the
 * stored text has getDescriptor() abstract (pre-2.505); the default method of current core is confirmed only by
 * secondary quotes of core source (find_string).
 * Compile-only; never packaged.
 */
public interface Describable<T extends Describable<T>> {
    default Descriptor<T> getDescriptor() {
        throw new UnsupportedOperationException("stand-in");
    }
}
