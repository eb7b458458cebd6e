package io.jenkins.plugins.packer.engine.template;

import io.jenkins.plugins.packer.engine.component.ComponentKind;
import io.jenkins.plugins.packer.engine.component.ComponentRegistry;
import io.jenkins.plugins.packer.engine.component.ComponentType;
import io.jenkins.plugins.packer.engine.config.Name;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The component set Packer's hcl2template tests register (hcl2template/internal/mock.go's MockConfig for the
 * mocks, plus the null builder and null data source), declared with this engine's config machinery.
 */
final class MockComponents {

    record MockTag(String key, String value) {
    }

    record NestedMockConfig(String dataSource, String string, @Name("int") Integer intValue, Long int64, Boolean bool,
            Boolean trilean, Duration duration, Map<String, String> mapStringString, List<String> sliceString,
            List<List<String>> sliceSliceString, Map<String, String> namedMapStringString, String namedString,
            @Name("tag") List<MockTag> tags) {
    }

    /** MockConfig: NestedMockConfig squashed, plus not_squashed, nested and nested_slice. */
    record MockConfig(String notSquashed, String dataSource, String string, @Name("int") Integer intValue, Long int64, Boolean bool,
            Boolean trilean, Duration duration, Map<String, String> mapStringString, List<String> sliceString,
            List<List<String>> sliceSliceString, Map<String, String> namedMapStringString, String namedString,
            @Name("tag") List<MockTag> tags, NestedMockConfig nested, List<NestedMockConfig> nestedSlice) {
    }

    record NullBuilderConfig(String communicator) {
    }

    record NullDataConfig(Value input) {
    }

    private MockComponents() {
    }

    static ComponentRegistry registry() {
        ComponentRegistry r = new ComponentRegistry();
        r.register(ComponentType.of(ComponentKind.BUILDER, "amazon-ebs", "github.com/hashicorp/amazon", MockConfig.class));
        r.register(ComponentType.of(ComponentKind.BUILDER, "virtualbox-iso", "github.com/hashicorp/virtualbox",
                MockConfig.class));
        r.register(ComponentType.of(ComponentKind.BUILDER, "null", "", NullBuilderConfig.class));
        r.register(ComponentType.of(ComponentKind.PROVISIONER, "shell", "", MockConfig.class));
        r.register(ComponentType.of(ComponentKind.PROVISIONER, "file", "", MockConfig.class));
        r.register(ComponentType.of(ComponentKind.POST_PROCESSOR, "amazon-import", "github.com/hashicorp/amazon",
                MockConfig.class));
        r.register(ComponentType.of(ComponentKind.POST_PROCESSOR, "manifest", "", MockConfig.class));
        r.register(ComponentType.of(ComponentKind.DATA_SOURCE, "amazon-ami", "github.com/hashicorp/amazon",
                MockConfig.class));
        r.register(ComponentType.of(ComponentKind.DATA_SOURCE, "null", "", NullDataConfig.class));
        return r;
    }
}
