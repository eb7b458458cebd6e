package hudson.model;

import hudson.security.AccessControlled;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/hudson/model/AbstractItem.java} of jenkinsci/jenkins,
 * Jenkins LTS 2.516.x line. Implements Item and AccessControlled as upstream; Loadable, HttpDeletable,
 * DescriptorByNameOwner and StaplerProxy are omitted. No member is used.
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against jenkinsci/jenkins
 * (find_string, id 25253069): FIXED &mdash; now implements Item, AccessControlled as upstream lists them
 * (HttpDeletable, DescriptorByNameOwner, StaplerProxy, Loadable omitted).
 * Compile-only; never packaged.
 */
public abstract class AbstractItem extends Actionable implements Item, AccessControlled {
}
