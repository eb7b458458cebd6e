package io.jenkins.plugins.packer.engine.hcl;

import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.List;

/**
 * A static path into the variables of an {@link EvalContext}: a root name followed by attribute and index
 * steps, such as {@code var.disks[0].size}. {@link Expression#variables()} reports the traversals an
 * expression reads, which is how locals are ordered and unknown references found.
 */
public record Traversal(List<Step> steps) {

    public Traversal {
        if (steps.isEmpty() || !(steps.get(0) instanceof Root)) {
            throw new IllegalArgumentException("a traversal starts with a root step");
        }
        steps = List.copyOf(steps);
    }

    public String rootName() {
        return ((Root) steps.get(0)).name();
    }

    public Range range() {
        return Range.between(steps.get(0).range(), steps.get(steps.size() - 1).range());
    }

    /** One step of a traversal. */
    public sealed interface Step {
        Range range();
    }

    /** The variable name the traversal starts from. */
    public record Root(String name, Range range) implements Step {
    }

    /** {@code .name}. */
    public record Attr(String name, Range range) implements Step {
    }

    /** {@code [key]} with a constant key, or the legacy {@code .0} form. */
    public record Index(Value key, Range range) implements Step {
    }

    /** {@code .*} or {@code [*]} inside a traversal. */
    public record Splat(Range range) implements Step {
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Step s : steps) {
            if (s instanceof Root r) {
                sb.append(r.name());
            } else if (s instanceof Attr a) {
                sb.append('.').append(a.name());
            } else if (s instanceof Index i) {
                sb.append('[').append(i.key()).append(']');
            } else {
                sb.append("[*]");
            }
        }
        return sb.toString();
    }
}
