package hudson.remoting;

import java.io.Serializable;
import org.jenkinsci.remoting.RoleSensitive;

/**
 * Stand-in declaration. Mirrors {@code src/main/java/hudson/remoting/Callable.java} of jenkinsci/remoting (the
 * version Jenkins 2.516.x bundles). Only call() is used; checkRoles comes from RoleSensitive.
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against
 * jenkinsci/remoting@14ad62c1195a: matches.
 * Compile-only; never packaged.
 */
public interface Callable<V, T extends Throwable> extends Serializable, RoleSensitive {
    V call() throws T;
}
