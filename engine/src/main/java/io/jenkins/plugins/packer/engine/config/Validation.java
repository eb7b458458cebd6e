package io.jenkins.plugins.packer.engine.config;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.Range;
import java.util.Map;
import java.util.Set;

/**
 * Collects validation problems of a decoded configuration as diagnostics pointing at the offending field
 * (or at the block when the field is not set).
 */
public final class Validation {

    private final Diagnostics diags;
    private final Map<String, Range> fieldRanges;
    private final Range blockRange;
    private final Set<String> unknownFields;

    Validation(Diagnostics diags, Map<String, Range> fieldRanges, Range blockRange, Set<String> unknownFields) {
        this.diags = diags;
        this.fieldRanges = fieldRanges;
        this.blockRange = blockRange;
        this.unknownFields = unknownFields;
    }

    /** True when the template sets {@code field} (even to a value not known until the build runs). */
    public boolean isSet(String field) {
        return fieldRanges.containsKey(field);
    }

    /** True when {@code field} is set to a value known only at build time; rules about its value should wait. */
    public boolean isUnknown(String field) {
        return unknownFields.contains(field);
    }

    public void error(String field, String summary, String detail) {
        diags.error(summary, detail, fieldRanges.getOrDefault(field, blockRange));
    }

    public void warning(String field, String summary, String detail) {
        diags.warning(summary, detail, fieldRanges.getOrDefault(field, blockRange));
    }

    /** Reports that at most one of {@code fields} may be set, as Packer words it. */
    public void exclusive(String... fields) {
        String first = null;
        for (String f : fields) {
            if (isSet(f)) {
                if (first != null) {
                    error(f, "Conflicting configuration arguments",
                            "Only one of " + String.join(", ", fields) + " can be specified; \"" + first
                                    + "\" is already set.");
                    return;
                }
                first = f;
            }
        }
    }
}
