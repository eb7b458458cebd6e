package com.cloudbees.plugins.credentials;

import hudson.ExtensionPoint;
import hudson.model.Describable;
import java.io.Serializable;

/**
 * Stand-in declaration. Mirrors {@code src/main/java/com/cloudbees/plugins/credentials/Credentials.java} of jenkinsci/credentials-plugin (line bundled by bom-2.516.x).
 * Supertypes as upstream; no member is used.
 * Compile-only; never packaged.
 */
public interface Credentials extends Describable<Credentials>, Serializable, ExtensionPoint {
}
