package io.jenkins.plugins.packer.engine.builder.docker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The class-data sharing training's docker part goes through every step against its simulated Engine. */
class DockerWarmupTest {

    @Test
    void theTrainingBuildsRunToTheirEnd() {
        assertThat(DockerWarmup.run()).isTrue();
    }
}
