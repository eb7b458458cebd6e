package hudson.model;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/hudson/model/Describable.java} of jenkinsci/jenkins, Jenkins LTS 2.516.x line.
 * getDescriptor became a default method (looking the descriptor up in Jenkins) in the 2.5xx line.
 * Compile-only; never packaged.
 */
public interface Describable<T extends Describable<T>> {
    default Descriptor<T> getDescriptor() {
        throw new UnsupportedOperationException("stand-in");
    }
}
