package io.jenkins.plugins.packer.engine.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.packer.engine.build.BuildContext;
import io.jenkins.plugins.packer.engine.cancel.CancelledException;
import io.jenkins.plugins.packer.engine.component.ComponentFactory;
import io.jenkins.plugins.packer.engine.component.ComponentKind;
import io.jenkins.plugins.packer.engine.component.ComponentRegistry;
import io.jenkins.plugins.packer.engine.component.ComponentType;
import io.jenkins.plugins.packer.engine.component.ProvisionTarget;
import io.jenkins.plugins.packer.engine.config.ConfigSchema;
import io.jenkins.plugins.packer.engine.provisioner.breakpoint.BreakpointConfig;
import io.jenkins.plugins.packer.engine.provisioner.breakpoint.BreakpointProvisioner;
import io.jenkins.plugins.packer.engine.provisioner.sleep.SleepConfig;
import io.jenkins.plugins.packer.engine.provisioner.sleep.SleepProvisioner;
import io.jenkins.plugins.packer.engine.testing.BuildRun;
import io.jenkins.plugins.packer.engine.testing.RecordingUi;
import io.jenkins.plugins.packer.engine.testing.TestContexts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in components: what is registered, and the behaviour of the small ones. */
class BuiltinComponentsTest {

    @TempDir
    Path dir;

    @Test
    void registryListsEveryComponentAndEachCanRun() {
        ComponentRegistry r = BuiltinComponents.registry();
        assertThat(r.names(ComponentKind.BUILDER)).contains("file", "null");
        assertThat(r.names(ComponentKind.PROVISIONER)).contains("breakpoint", "shell-local", "sleep");
        assertThat(r.names(ComponentKind.POST_PROCESSOR))
                .contains("artifice", "checksum", "compress", "manifest", "shell-local");
        assertThat(r.names(ComponentKind.DATA_SOURCE)).contains("null");
        for (ComponentKind k : ComponentKind.values()) {
            assertThat(r.all(k)).allMatch(ComponentType::runnable);
        }
    }

    @Test
    void aFactoryOfAnotherKindIsRefused() {
        assertThatThrownBy(() -> new ComponentType<>(ComponentKind.BUILDER, "x", "", ConfigSchema.of(SleepConfig.class),
                new ComponentFactory.ForProvisioner<>(SleepProvisioner::new)))
                .hasMessageContaining("a provisioner factory for a builder");
        ComponentType<SleepConfig> sleep = ComponentType.provisioner("sleep", SleepConfig.class, SleepProvisioner::new);
        assertThatThrownBy(() -> sleep.newBuilder(new SleepConfig(Duration.ZERO))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aDeclaredOnlyBuilderIsValidatedButCannotBuild() throws Exception {
        ComponentRegistry registry = BuiltinComponents.registry()
                .register(ComponentType.of(ComponentKind.BUILDER, "declared", "", SleepConfig.class));
        Files.writeString(dir.resolve("t.pkr.hcl"), """
                source "declared" "q" { duration = "1s" }
                build { sources = ["declared.q"] }
                """);
        var r = BuildRun.run(dir, Map.of(), registry, List.of("t.pkr.hcl"));
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("Error: The builder declared cannot run in this engine yet");
    }

    @Test
    void fileBuilderChecksItsConfigurationAndCopiesSources() throws Exception {
        Files.writeString(dir.resolve("bad.pkr.hcl"), """
                source "file" "both" {
                  content = "x"
                  source  = "in.txt"
                  target  = "out.txt"
                }
                source "file" "none" { content = "x" }
                build { sources = ["file.both", "file.none"] }
                """);
        var bad = BuildRun.run(dir, Map.of(), List.of("bad.pkr.hcl"));
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.out()).contains("Error: Cannot specify source file AND content", "Error: target required");

        Files.writeString(dir.resolve("in.txt"), "copied content");
        Files.writeString(dir.resolve("ok.pkr.hcl"), """
                source "file" "copy" {
                  source = "in.txt"
                  target = "deep/dir/out.txt"
                }
                build { sources = ["file.copy"] }
                """);
        var ok = BuildRun.run(dir, Map.of(), List.of("ok.pkr.hcl"));
        assertThat(ok.exitCode()).as(ok.out()).isZero();
        assertThat(ok.out()).contains("==> file.copy: Copying in.txt to deep/dir/out.txt",
                "==> file.copy: Copied 14 bytes", "--> file.copy: Stored file: deep/dir/out.txt");
        assertThat(dir.resolve("deep/dir/out.txt")).hasContent("copied content");
    }

    @Test
    void breakpointWithoutATerminalShowsItsNoteAndGoesOn() throws Exception {
        RecordingUi ui = new RecordingUi();
        BuildContext ctx = TestContexts.build(dir, ui);
        new BreakpointProvisioner(new BreakpointConfig("look here", null))
                .provision(ctx, TestContexts.info("n", "null"), ProvisionTarget.none(Map.of()));
        new BreakpointProvisioner(new BreakpointConfig("skip me", true))
                .provision(ctx, TestContexts.info("n", "null"), ProvisionTarget.none(Map.of()));
        assertThat(ui.lines()).containsExactly(
                "say: ==> null.test: Pausing at breakpoint provisioner with note \"look here\".",
                "say: ==> null.test: No terminal attached: not pausing; continuing...",
                "say: ==> null.test: Breakpoint provisioner with note \"skip me\" disabled; continuing...");
    }

    @Test
    void breakpointWithATerminalWaitsForEnter() throws Exception {
        RecordingUi ui = new RecordingUi(true, "");
        new BreakpointProvisioner(new BreakpointConfig(null, null))
                .provision(TestContexts.build(dir, ui), TestContexts.info("n", "null"), ProvisionTarget.none(Map.of()));
        assertThat(ui.lines()).containsExactly("say: ==> null.test: Pausing at breakpoint provisioner.",
                "ask: ==> null.test: Press enter to continue.");
    }

    @Test
    void sleepWaitsAndACancellationEndsIt() throws Exception {
        BuildContext ctx = TestContexts.build(dir, new RecordingUi());
        long t0 = System.nanoTime();
        new SleepProvisioner(new SleepConfig(Duration.ofMillis(200)))
                .provision(ctx, TestContexts.info("n", "null"), ProvisionTarget.none(Map.of()));
        assertThat(System.nanoTime() - t0).isGreaterThanOrEqualTo(Duration.ofMillis(190).toNanos());

        new Thread(() -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ctx.cancel().cancel();
        }).start();
        long t1 = System.nanoTime();
        assertThatThrownBy(() -> new SleepProvisioner(new SleepConfig(Duration.ofMinutes(5)))
                .provision(ctx, TestContexts.info("n", "null"), ProvisionTarget.none(Map.of())))
                .isInstanceOf(CancelledException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - t1)).isLessThan(Duration.ofSeconds(5));
    }
}
