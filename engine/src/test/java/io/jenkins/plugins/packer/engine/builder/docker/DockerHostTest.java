package io.jenkins.plugins.packer.engine.builder.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DockerHostTest {

    @Test
    void followsDockerHostWithTheCliDefault() throws Exception {
        assertThat(DockerHost.fromEnvironment(Map.of())).isEqualTo(URI.create("unix:///var/run/docker.sock"));
        assertThat(DockerHost.fromEnvironment(Map.of("DOCKER_HOST", "unix:///tmp/d.sock")))
                .isEqualTo(URI.create("unix:///tmp/d.sock"));
        assertThat(DockerHost.fromEnvironment(Map.of("DOCKER_HOST", "tcp://10.0.0.2")))
                .isEqualTo(URI.create("tcp://10.0.0.2:2375"));
        assertThat(DockerHost.fromEnvironment(Map.of("DOCKER_HOST", " ", "DOCKER_TLS_VERIFY", "")))
                .isEqualTo(URI.create(DockerHost.DEFAULT));
    }

    @Test
    void saysWhatItCannotDo() {
        assertThatThrownBy(() -> DockerHost.fromEnvironment(Map.of("DOCKER_HOST", "ssh://me@box")))
                .isInstanceOf(DockerException.class).hasMessageContaining("Unsupported DOCKER_HOST \"ssh://me@box\"");
        assertThatThrownBy(() -> DockerHost.fromEnvironment(Map.of("DOCKER_TLS_VERIFY", "1")))
                .hasMessageContaining("TLS");
        assertThatThrownBy(() -> DockerHost.parse("unix://")).hasMessageContaining("Invalid DOCKER_HOST");
    }

    @Test
    void splitsImageNames() {
        assertThat(ImageName.parse("localhost:5000/a/b:v1")).isEqualTo(new ImageName("localhost:5000/a/b", "v1", null));
        assertThat(ImageName.parse("localhost:5000/a/b")).isEqualTo(new ImageName("localhost:5000/a/b", null, null));
        assertThat(ImageName.parse("busybox").tagOrLatest()).isEqualTo("latest");
        assertThat(ImageName.parse("x@sha256:ab")).isEqualTo(new ImageName("x", null, "sha256:ab"));
        assertThat(ImageName.parse("a/b:c").toString()).isEqualTo("a/b:c");
    }

    @Test
    void engineErrorMessagesAreTheEnginesOwn() {
        assertThat(EngineResponse.message("{\"message\":\"No such image: x:latest\"}", 404))
                .isEqualTo("No such image: x:latest");
        assertThat(EngineResponse.message("plain", 500)).isEqualTo("plain");
        assertThat(EngineResponse.message("", 500)).isEqualTo("HTTP status 500");
    }
}
