package io.jenkins.plugins.packer.engine.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StateBagTest {

    private static final StateKey<String> INSTANCE_ID = StateKey.of("instance_id", String.class);
    private static final StateKey<String> OTHER_WITH_SAME_NAME = StateKey.of("instance_id", String.class);
    private static final StateKey<List<String>> FILES = StateKey.generic("files");

    @Test
    void typedValuesByKeyIdentity() {
        StateBag bag = new StateBag();
        bag.put(INSTANCE_ID, "i-123");
        bag.put(FILES, List.of("a", "b"));

        assertThat(bag.require(INSTANCE_ID)).isEqualTo("i-123");
        assertThat(bag.get(OTHER_WITH_SAME_NAME)).isEmpty();
        assertThat(bag.require(FILES)).containsExactly("a", "b");
        assertThat(bag.remove(INSTANCE_ID)).contains("i-123");
        assertThat(bag.contains(INSTANCE_ID)).isFalse();
    }

    @Test
    void missingValueNamesTheKey() {
        assertThatThrownBy(() -> new StateBag().require(INSTANCE_ID))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("state \"instance_id\" has not been set by an earlier step");
    }

    @Test
    void putNullRemoves() {
        StateBag bag = new StateBag();
        bag.put(INSTANCE_ID, "x");
        bag.put(INSTANCE_ID, null);
        assertThat(bag.get(INSTANCE_ID)).isEmpty();
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void classKeysRejectWrongTypesEvenThroughRawUse() {
        StateKey raw = INSTANCE_ID;
        assertThatThrownBy(() -> new StateBag().put(raw, 42)).isInstanceOf(ClassCastException.class)
                .hasMessageContaining("instance_id");
    }
}
