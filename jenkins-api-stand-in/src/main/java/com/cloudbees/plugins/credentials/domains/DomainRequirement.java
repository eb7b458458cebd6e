package com.cloudbees.plugins.credentials.domains;

import hudson.ExtensionPoint;
import java.io.Serializable;

/**
 * Stand-in declaration. Mirrors
 * {@code src/main/java/com/cloudbees/plugins/credentials/domains/DomainRequirement.java} of
 * jenkinsci/credentials-plugin (line bundled by bom-2.516.x). A concrete class implementing ExtensionPoint and
 * Serializable as upstream; only the type is used (an empty requirement list is passed).
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against
 * jenkinsci/credentials-plugin@4f06fde07c60: FIXED &mdash; was abstract and implemented only Serializable; upstream:
 * public class DomainRequirement implements ExtensionPoint, Serializable, serialVersionUID 1.
 * Compile-only; never packaged.
 */
public class DomainRequirement implements ExtensionPoint, Serializable {
    private static final long serialVersionUID = 1L;
}
