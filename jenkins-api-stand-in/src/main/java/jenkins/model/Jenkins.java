package jenkins.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.security.AccessControlled;
import hudson.security.Permission;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/jenkins/model/Jenkins.java} of jenkinsci/jenkins, Jenkins
 * LTS 2.516.x line. Upstream it extends AbstractCIBase and implements many interfaces besides AccessControlled
 * (omitted: not used). Only get() and ADMINISTER (its upstream initializer is Permission.HUDSON_ADMINISTER).
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against jenkinsci/jenkins
 * (find_string, id 2272924, 224,660 chars): matches (supertypes omitted).
 * Compile-only; never packaged.
 */
public class Jenkins implements AccessControlled {
    public static final Permission ADMINISTER = null;

    @NonNull
    public static Jenkins get() throws IllegalStateException {
        throw new UnsupportedOperationException("stand-in");
    }
}
