package hudson.model;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/hudson/model/ModelObject.java} of jenkinsci/jenkins,
 * Jenkins LTS 2.516.x line. The single member, getDisplayName.
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against
 * jenkinsci/jenkins@1a176e4294d1: matches.
 * Compile-only; never packaged.
 */
public interface ModelObject {
    String getDisplayName();
}
