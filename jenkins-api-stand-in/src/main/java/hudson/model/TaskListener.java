package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.PrintStream;
import java.io.Serializable;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/hudson/model/TaskListener.java} of jenkinsci/jenkins, Jenkins LTS 2.516.x line.
 * Upstream it extends SerializableOnlyOverRemoting (omitted: not used). Only getLogger.
 * Compile-only; never packaged.
 */
public interface TaskListener extends Serializable {
    @NonNull
    PrintStream getLogger();
}
