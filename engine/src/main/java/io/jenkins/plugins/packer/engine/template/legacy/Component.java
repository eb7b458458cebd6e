package io.jenkins.plugins.packer.engine.template.legacy;

import io.jenkins.plugins.packer.engine.hcl.Range;
import java.util.Map;

/**
 * What builders, provisioners and post-processors of a legacy template share: a type, the component's own
 * configuration (the object without the keys the template layer consumes), and source ranges.
 */
public interface Component {

    String type();

    /**
     * The component's configuration as written: {@code String}, {@code Double}, {@code Boolean}, {@code null},
     * {@code List} and {@code Map} values; unmodifiable.
     */
    Map<String, Object> config();

    /** The range of the component's JSON object. */
    Range range();

    /** The ranges of the object's keys. */
    Map<String, Range> keyRanges();

    /** The range of {@code key} in the component's object, or of the whole object when the key is not there. */
    default Range keyRange(String key) {
        Range r = keyRanges().get(key);
        return r != null ? r : range();
    }
}
