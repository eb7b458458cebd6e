package org.jenkinsci.remoting;

import java.io.Serializable;

/**
 * Stand-in declaration of {@code org.jenkinsci.remoting.SerializableOnlyOverRemoting}, compile-only (never
 * packaged). Mirrors {@code src/main/java/org/jenkinsci/remoting/SerializableOnlyOverRemoting.java} of
 * jenkinsci/remoting ({@code @since} 3.14). Declared so that {@code FilePath} and {@code TaskListener} have their
 * real supertype; its default method {@code getChannelForSerialization()} is not used and not declared.
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against jenkinsci/remoting
 * (find_string, id 8503447774): NEW &mdash; interface SerializableOnlyOverRemoting extends Serializable
 * ({@code @since} 3.14); added so FilePath and TaskListener declare their real supertype; default
 * getChannelForSerialization() not declared.
 * Compile-only; never packaged.
 */
public interface SerializableOnlyOverRemoting extends Serializable {
}
