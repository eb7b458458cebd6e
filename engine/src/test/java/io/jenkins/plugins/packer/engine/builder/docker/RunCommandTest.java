package io.jenkins.plugins.packer.engine.builder.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunCommandTest {

    @Test
    void readsPackersDefault() {
        ContainerSpec s = RunCommand.parse(List.of("-d", "-i", "-t", "--entrypoint=/bin/sh", "--", "debian:12"));
        assertThat(s.image()).isEqualTo("debian:12");
        assertThat(s.entrypoint()).containsExactly("/bin/sh");
        assertThat(s.cmd()).isEmpty();
        assertThat(s.tty()).isTrue();
        assertThat(s.openStdin()).isTrue();
        assertThat(s.privileged()).isFalse();
    }

    @Test
    void readsOptionsInBothSpellingsAndTheCommandAfterTheImage() {
        ContainerSpec s = RunCommand.parse(List.of("-dit", "--entrypoint", "", "-e", "A=1", "--env=B=2", "-u",
                "1000:1000", "-w", "/work", "-h", "box", "--name", "n1", "-l", "k=v", "--label", "flag", "-v",
                "/h:/c:ro", "--tmpfs", "/run:size=1m", "--device=/dev/null:/dev/n", "--cap-add", "NET_ADMIN",
                "--cap-drop=ALL", "--privileged", "--network", "none", "--platform", "linux/amd64", "--runtime=runc",
                "--init", "--rm", "img", "sleep", "10"));
        assertThat(s.entrypoint()).isEmpty();
        assertThat(s.env()).containsExactly("A=1", "B=2");
        assertThat(s.user()).isEqualTo("1000:1000");
        assertThat(s.workingDir()).isEqualTo("/work");
        assertThat(s.hostname()).isEqualTo("box");
        assertThat(s.name()).isEqualTo("n1");
        assertThat(s.labels()).containsExactly(Map.entry("k", "v"), Map.entry("flag", ""));
        assertThat(s.binds()).containsExactly("/h:/c:ro");
        assertThat(s.tmpfs()).containsExactly(Map.entry("/run", "size=1m"));
        assertThat(s.devices()).containsExactly("/dev/null:/dev/n");
        assertThat(s.capAdd()).containsExactly("NET_ADMIN");
        assertThat(s.capDrop()).containsExactly("ALL");
        assertThat(s.privileged()).isTrue();
        assertThat(s.init()).isTrue();
        assertThat(s.network()).isEqualTo("none");
        assertThat(s.platform()).isEqualTo("linux/amd64");
        assertThat(s.runtime()).isEqualTo("runc");
        assertThat(s.image()).isEqualTo("img");
        assertThat(s.cmd()).containsExactly("sleep", "10");
        assertThat(s.tty()).isTrue();
        assertThat(s.openStdin()).isTrue();
    }

    @Test
    void noEntrypointOptionKeepsTheImagesEntrypoint() {
        assertThat(RunCommand.parse(List.of("-d", "img")).entrypoint()).isNull();
    }

    @Test
    void rejectsWhatItCannotHonour() {
        assertThat(RunCommand.check(List.of("--memory=1g", "img"))).contains("--memory", "not supported",
                "--entrypoint");
        assertThat(RunCommand.check(List.of("-m", "1g", "img"))).contains("-m");
        assertThat(RunCommand.check(List.of("-d", "-i"))).contains("no image");
        assertThat(RunCommand.check(List.of("-e"))).contains("-e needs a value");
        assertThat(RunCommand.check(List.of("--privileged=false", "img"))).contains("only true");
        assertThat(RunCommand.check(List.of("-d", "--", "img"))).isNull();
        assertThatThrownBy(() -> RunCommand.parse(List.of("-x", "img"))).isInstanceOf(IllegalArgumentException.class);
    }
}
