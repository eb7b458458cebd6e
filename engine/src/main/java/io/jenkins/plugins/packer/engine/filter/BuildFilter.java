package io.jenkins.plugins.packer.engine.filter;

import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code -only} and {@code -except} applied to build names ({@code [BUILD.]TYPE.NAME}) as Packer's
 * {@code GetBuilds} does: a build runs if it matches one {@code -only} glob (when any are given) and no
 * {@code -except} glob. Packer's warnings are kept, including their quirk of comparing the number of patterns
 * with the number of matching <em>builds</em>.
 */
public final class BuildFilter {

    private final List<Glob> only;
    private final List<Glob> except;

    private BuildFilter(List<Glob> only, List<Glob> except) {
        this.only = only;
        this.except = except;
    }

    /** The selected build names and the diagnostics (warnings for unmatched patterns). */
    public record Selection(List<String> selected, Diagnostics diagnostics) {
    }

    /** Compiles the patterns; errors ({@code Invalid -only pattern X: ...}) go to {@code diags}. */
    public static BuildFilter compile(List<String> onlyPatterns, List<String> exceptPatterns, Diagnostics diags) {
        return new BuildFilter(globs(onlyPatterns, "only", diags), globs(exceptPatterns, "except", diags));
    }

    private static List<Glob> globs(List<String> patterns, String option, Diagnostics diags) {
        List<Glob> globs = new ArrayList<>();
        for (String p : patterns) {
            if (p.isEmpty()) {
                continue; // -except= (Packer ignores empty patterns)
            }
            try {
                globs.add(Glob.compile(p));
            } catch (GlobSyntaxException e) {
                diags.add(Diagnostic.error("Invalid -" + option + " pattern " + p + ": " + e.getMessage(), "", null));
            }
        }
        return List.copyOf(globs);
    }

    /** Whether one build passes the filter. */
    public boolean includes(String buildName) {
        return (only.isEmpty() || only.stream().anyMatch(g -> g.matches(buildName)))
                && except.stream().noneMatch(g -> g.matches(buildName));
    }

    /**
     * Whether an {@code -except} glob matches {@code name}: Packer also skips the post-processors whose name (or
     * type, when unnamed) an {@code -except} pattern matches.
     */
    public boolean excepted(String name) {
        return except.stream().anyMatch(g -> g.matches(name));
    }

    /** Filters {@code buildNames} (in order) and adds Packer's warnings for patterns that found too little. */
    public Selection select(List<String> buildNames) {
        return select(buildNames, 0);
    }

    /**
     * As {@link #select(List)}, counting {@code otherExceptMatches} (post-processors an {@code -except} pattern
     * skipped, which Packer's HCL2 {@code GetBuilds} counts too) towards the {@code -except} warning.
     */
    public Selection select(List<String> buildNames, int otherExceptMatches) {
        List<String> selected = new ArrayList<>();
        int onlyMatches = 0;
        int exceptMatches = otherExceptMatches;
        for (String name : buildNames) {
            if (!only.isEmpty()) {
                if (only.stream().noneMatch(g -> g.matches(name))) {
                    continue;
                }
                onlyMatches++;
            }
            if (except.stream().anyMatch(g -> g.matches(name))) {
                exceptMatches++;
                continue;
            }
            selected.add(name);
        }
        Diagnostics diags = new Diagnostics();
        String detail = "Possible build names: [" + String.join(" ", buildNames) + "].\n"
                + "These could also be matched with a glob pattern like: 'happycloud.*'";
        if (only.size() > onlyMatches) {
            diags.add(Diagnostic.warning(
                    "an 'only' option was passed, but not all matches were found for the given build.", detail, null));
        }
        if (except.size() > exceptMatches) {
            diags.add(Diagnostic.warning("an 'except' option was passed, but did not match any build.", detail, null));
        }
        return new Selection(List.copyOf(selected), diags);
    }
}
