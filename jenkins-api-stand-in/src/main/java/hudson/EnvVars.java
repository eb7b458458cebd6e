package hudson;

import java.util.TreeMap;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/hudson/EnvVars.java} of jenkinsci/jenkins, Jenkins LTS 2.516.x line.
 * Supertype as upstream (TreeMap keyed case-insensitively there); only expand(String) is used.
 * Compile-only; never packaged.
 */
public class EnvVars extends TreeMap<String, String> {
    public String expand(String s) {
        throw new UnsupportedOperationException("stand-in");
    }
}
