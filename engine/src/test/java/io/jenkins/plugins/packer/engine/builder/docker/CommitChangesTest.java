package io.jenkins.plugins.packer.engine.builder.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommitChangesTest {

    private static ImageInfo image(List<String> entrypoint, List<String> cmd) {
        return new ImageInfo("sha256:1", entrypoint, cmd, List.of(), List.of());
    }

    @Test
    void restoresTheBaseImagesCmdAndEntrypoint() {
        assertThat(CommitChanges.of(List.of("ENV A=1"), image(List.of("/entry", "x"), List.of("run", "it"))))
                .containsExactly("ENV A=1", "CMD [\"run\",\"it\"]", "ENTRYPOINT [\"/entry\",\"x\"]");
    }

    @Test
    void resetsTheEntrypointWhenTheBaseHasNone() {
        assertThat(CommitChanges.of(List.of(), image(List.of(), List.of("/bin/sh"))))
                .containsExactly("CMD [\"/bin/sh\"]", "ENTRYPOINT [\"\"]");
        assertThat(CommitChanges.of(List.of(), image(List.of(), List.of()))).containsExactly("ENTRYPOINT [\"\"]");
        assertThat(CommitChanges.of(List.of(), null)).containsExactly("ENTRYPOINT [\"\"]");
    }

    @Test
    void templateSettingsWinInAnyCase() {
        assertThat(CommitChanges.of(List.of("cmd [\"a\"]", "Entrypoint b"), image(List.of("/e"), List.of("c"))))
                .containsExactly("cmd [\"a\"]", "Entrypoint b");
        assertThat(CommitChanges.of(List.of("CMD x"), image(List.of("/e"), List.of("c"))))
                .containsExactly("CMD x", "ENTRYPOINT [\"/e\"]");
    }
}
