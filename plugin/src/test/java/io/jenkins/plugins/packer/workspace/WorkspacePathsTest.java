package io.jenkins.plugins.packer.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspacePathsTest {

    @Test
    void normalizesRelativePaths() {
        assertThat(WorkspacePaths.confine("packer/./ubuntu/../debian.pkr.hcl", "template"))
                .isEqualTo("packer/debian.pkr.hcl");
        assertThat(WorkspacePaths.confine("templates\\win", "template")).isEqualTo("templates/win");
        assertThat(WorkspacePaths.confine(".", "template")).isEqualTo(".");
        assertThat(WorkspacePaths.confine("a/..", "template")).isEqualTo(".");
    }

    @Test
    void refusesPathsOutsideTheWorkspace() {
        assertThatThrownBy(() -> WorkspacePaths.confine("../other-job/secrets", "template"))
                .hasMessageContaining("outside the workspace");
        assertThatThrownBy(() -> WorkspacePaths.confine("a/../../b", "varFiles entry"))
                .hasMessageStartingWith("varFiles entry leads outside");
        assertThatThrownBy(() -> WorkspacePaths.confine("/etc/passwd", "template")).hasMessageContaining("relative");
        assertThatThrownBy(() -> WorkspacePaths.confine("C:\\Windows", "template")).hasMessageContaining("relative");
        assertThatThrownBy(() -> WorkspacePaths.confine("~/x", "template")).hasMessageContaining("relative");
        assertThatThrownBy(() -> WorkspacePaths.confine(" ", "template")).hasMessage("template is required");
        assertThatThrownBy(() -> WorkspacePaths.confine("a\0b", "template")).hasMessageContaining("NUL");
    }

    @Test
    void symbolicLinkOutOfTheWorkspaceIsRefused(@TempDir Path tmp) throws Exception {
        Path ws = Files.createDirectories(tmp.resolve("ws"));
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("t.pkr.hcl"), "x");
        Files.createSymbolicLink(ws.resolve("link"), outside);
        Files.createDirectories(ws.resolve("inside"));
        Files.createSymbolicLink(ws.resolve("inner-link"), ws.resolve("inside"));

        assertThatThrownBy(() -> WorkspacePaths.resolveInside(ws, "link/t.pkr.hcl", "template"))
                .hasMessageContaining("symbolic link");
        assertThatThrownBy(() -> WorkspacePaths.resolveInside(ws, "link/missing/new.json", "template"))
                .hasMessageContaining("symbolic link");
        assertThat(WorkspacePaths.resolveInside(ws, "inner-link", "template"))
                .isEqualTo(ws.toRealPath().resolve("inner-link"));
        assertThat(WorkspacePaths.resolveInside(ws, "not/yet/there.pkr.hcl", "template"))
                .isEqualTo(ws.toRealPath().resolve("not/yet/there.pkr.hcl"));
    }
}
