package io.jenkins.plugins.packer.engine.template;

import io.jenkins.plugins.packer.engine.hcl.Body;
import io.jenkins.plugins.packer.engine.hcl.Expression;
import io.jenkins.plugins.packer.engine.hcl.Range;
import java.time.Duration;
import java.util.List;

/**
 * A {@code provisioner "TYPE" {}} (or {@code error-cleanup-provisioner}) with its meta-arguments decoded and
 * the rest of its body kept for the component.
 *
 * @param override the {@code override} expression (an object of objects keyed by source), or null
 */
public record ProvisionerBlock(String type, String name, List<String> only, List<String> except,
        Expression override, Duration pauseBefore, int maxRetries, Duration timeout, boolean continueOnError,
        Body config, Range defRange) {

    public ProvisionerBlock {
        only = List.copyOf(only);
        except = List.copyOf(except);
    }

    /** Whether this provisioner runs for the source named {@code TYPE.NAME} ({@code only}/{@code except}). */
    public boolean appliesTo(String sourceRef) {
        if (!only.isEmpty()) {
            return only.contains(sourceRef);
        }
        return !except.contains(sourceRef);
    }
}
