package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/hudson/model/Actionable.java} of jenkinsci/jenkins,
 * Jenkins LTS 2.516.x line. Upstream it also implements ModelObjectWithContextMenu (omitted: not used). Only
 * addAction, getAction(Class) and addOrReplaceAction.
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against jenkinsci/jenkins
 * (find_string, id 7153560): matches (supertype omitted).
 * Compile-only; never packaged.
 */
public abstract class Actionable extends AbstractModelObject {
    public void addAction(@NonNull Action a) {
        throw new UnsupportedOperationException("stand-in");
    }

    public <T extends Action> T getAction(Class<T> type) {
        throw new UnsupportedOperationException("stand-in");
    }

    public boolean addOrReplaceAction(@NonNull Action a) {
        throw new UnsupportedOperationException("stand-in");
    }
}
