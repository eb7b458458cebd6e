package hudson.util;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.ArrayList;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/hudson/util/ListBoxModel.java} of jenkinsci/jenkins,
 * Jenkins LTS 2.516.x line. Upstream it also implements Stapler's HttpResponse (omitted: it would pull the servlet
 * API onto the compile path). The nested Option type is declared because the element type names it.
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against jenkinsci/jenkins
 * (index id 76831790): matches (supertype omitted).
 * Compile-only; never packaged.
 */
public class ListBoxModel extends ArrayList<ListBoxModel.Option> {
    /** One entry of the list; mirrors the nested {@code ListBoxModel.Option}. */
    public static final class Option {
        public Option(@NonNull String name, @NonNull String value) {
            throw new UnsupportedOperationException("stand-in");
        }
    }
}
