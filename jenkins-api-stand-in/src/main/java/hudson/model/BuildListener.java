package hudson.model;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/hudson/model/BuildListener.java} of jenkinsci/jenkins,
 * Jenkins LTS 2.516.x line. No member of its own is used.
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against jenkinsci/jenkins
 * (find_string, id 14515337646): matches.
 * Compile-only; never packaged.
 */
public interface BuildListener extends TaskListener {
}
