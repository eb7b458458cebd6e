package com.cloudbees.plugins.credentials;

import hudson.ExtensionPoint;
import hudson.model.Describable;
import java.io.Serializable;

/**
 * Stand-in declaration. Mirrors {@code src/main/java/com/cloudbees/plugins/credentials/Credentials.java} of
 * jenkinsci/credentials-plugin (line bundled by bom-2.516.x). Supertypes as upstream; no member is used.
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against
 * jenkinsci/credentials-plugin (find_string, id 17149110046): matches.
 * Compile-only; never packaged.
 */
public interface Credentials extends Describable<Credentials>, Serializable, ExtensionPoint {
}
