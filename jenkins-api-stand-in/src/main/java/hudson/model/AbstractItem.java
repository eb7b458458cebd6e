package hudson.model;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/hudson/model/AbstractItem.java} of jenkinsci/jenkins, Jenkins LTS 2.516.x line.
 * Upstream it also implements Loadable, HttpDeletable, DescriptorByNameOwner and StaplerProxy (omitted). No
 * member is used.
 * Compile-only; never packaged.
 */
public abstract class AbstractItem extends Actionable implements Item {
}
