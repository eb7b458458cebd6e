package com.cloudbees.plugins.credentials.domains;

import java.io.Serializable;

/**
 * Stand-in declaration. Mirrors {@code src/main/java/com/cloudbees/plugins/credentials/domains/DomainRequirement.java} of jenkinsci/credentials-plugin (line bundled by bom-2.516.x).
 * Upstream it implements Serializable; only the type is used (an empty requirement list is passed).
 * Compile-only; never packaged.
 */
public abstract class DomainRequirement implements Serializable {
}
