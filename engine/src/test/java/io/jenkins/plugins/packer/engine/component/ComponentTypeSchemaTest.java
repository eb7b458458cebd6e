package io.jenkins.plugins.packer.engine.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.packer.engine.config.ConfigSchema;
import io.jenkins.plugins.packer.engine.config.Squash;
import org.junit.jupiter.api.Test;

/** A component type builds its configuration schema when first asked, not when registered. */
class ComponentTypeSchemaTest {

    record Good(String name) {
    }

    /** A declaration the schema builder rejects: {@code @Squash} needs a record. */
    record Broken(@Squash String notARecord) {
    }

    @Test
    void theSchemaIsBuiltOnFirstUse() {
        ComponentType<Broken> broken = ComponentType.of(ComponentKind.BUILDER, "broken", "", Broken.class);
        ComponentRegistry registry = new ComponentRegistry().register(broken);
        assertThat(registry.all(ComponentKind.BUILDER)).hasSize(1);
        assertThatThrownBy(broken::config).hasMessageContaining("@Squash needs a record type");

        ComponentType<Good> good = ComponentType.of(ComponentKind.BUILDER, "good", "github.com/x/y", Good.class);
        assertThat(good.config()).isSameAs(ConfigSchema.of(Good.class)).isSameAs(good.config());
        assertThat(good.withPlugin("github.com/a/b").config()).isSameAs(good.config());
        assertThat(good.withPlugin("github.com/a/b").plugin()).isEqualTo("github.com/a/b");
        assertThat(good.name()).isEqualTo("good");
        assertThat(good.runnable()).isFalse();
    }
}
