package hudson.model;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/hudson/model/AbstractDescribableImpl.java} of jenkinsci/jenkins, Jenkins LTS 2.516.x line.
 * Deprecated upstream since 2.505 in favour of implementing Describable directly; still the superclass of
 * workflow-step-api's Step, so it is declared with its override of getDescriptor.
 * Compile-only; never packaged.
 */
@Deprecated
public abstract class AbstractDescribableImpl<T extends AbstractDescribableImpl<T>> implements Describable<T> {
    @Override
    public Descriptor<T> getDescriptor() {
        throw new UnsupportedOperationException("stand-in");
    }
}
