package hudson.model;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/hudson/model/InvisibleAction.java} of jenkinsci/jenkins,
 * Jenkins LTS 2.516.x line. All three members return null upstream, so the action has no sidebar link or page.
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against
 * jenkinsci/jenkins@2a0f13eaee91: FIXED &mdash; getDisplayName() is final upstream (was non-final);
 * getIconFileName() final, getUrlName() non-final ok.
 * Compile-only; never packaged.
 */
public abstract class InvisibleAction implements Action {
    @Override
    public final String getIconFileName() {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public final String getDisplayName() {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public String getUrlName() {
        throw new UnsupportedOperationException("stand-in");
    }
}
