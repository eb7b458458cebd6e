package io.jenkins.plugins.packer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EngineCompatibilityTest {

    @Test
    void namesTheEngineBuildAndThePackerVersionItFollows() {
        assertThat(EngineCompatibility.describe())
                .matches("packer-steps engine \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(Packer 1\\.\\d+\\.\\d+ language and CLI\\)");
    }
}
