package hudson.model;

import hudson.security.AccessControlled;
import hudson.security.Permission;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/hudson/model/Item.java} of jenkinsci/jenkins, Jenkins LTS
 * 2.516.x line. Upstream it also extends PersistenceRoot, SearchableModelObject and OnMaster, and declares many
 * methods (omitted: not used). Only the two permissions the plugin checks; their upstream initializers create the
 * permissions and are not reproduced.
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against jenkinsci/jenkins
 * (find_string, id 80076702): matches (supertypes omitted).
 * Compile-only; never packaged.
 */
public interface Item extends AccessControlled {
    Permission CONFIGURE = null;

    Permission EXTENDED_READ = null;
}
