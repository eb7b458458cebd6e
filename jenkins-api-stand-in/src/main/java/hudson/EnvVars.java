package hudson;

import java.util.TreeMap;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/hudson/EnvVars.java} of jenkinsci/jenkins, Jenkins LTS
 * 2.516.x line. Supertype as upstream (TreeMap keyed case-insensitively there); only expand(String) is used.
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against jenkinsci/jenkins
 * (find_string, ids 4559111766, 794428864): partly &mdash; public class EnvVars extends TreeMap&lt;String,
 * String&gt; ok; public String expand(String s) found by find_string but not attributed to EnvVars.java with
 * certainty.
 * Compile-only; never packaged.
 */
public class EnvVars extends TreeMap<String, String> {
    public String expand(String s) {
        throw new UnsupportedOperationException("stand-in");
    }
}
