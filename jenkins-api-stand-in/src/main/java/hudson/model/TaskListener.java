package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.PrintStream;
import org.jenkinsci.remoting.SerializableOnlyOverRemoting;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/hudson/model/TaskListener.java} of jenkinsci/jenkins,
 * Jenkins LTS 2.516.x line. Extends SerializableOnlyOverRemoting as upstream. Only getLogger.
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against jenkinsci/jenkins
 * (find_string, index id 127419993): FIXED &mdash; now extends SerializableOnlyOverRemoting (was Serializable);
 * {@code @NonNull} PrintStream getLogger() ok.
 * Compile-only; never packaged.
 */
public interface TaskListener extends SerializableOnlyOverRemoting {
    @NonNull
    PrintStream getLogger();
}
