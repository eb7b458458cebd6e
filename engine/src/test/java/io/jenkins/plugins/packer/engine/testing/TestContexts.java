package io.jenkins.plugins.packer.engine.testing;

import io.jenkins.plugins.packer.engine.build.BuildContext;
import io.jenkins.plugins.packer.engine.build.BuildOptions;
import io.jenkins.plugins.packer.engine.cancel.CancelToken;
import io.jenkins.plugins.packer.engine.component.BuildInfo;
import io.jenkins.plugins.packer.engine.log.DebugLog;
import io.jenkins.plugins.packer.engine.secret.SecretMasker;
import io.jenkins.plugins.packer.engine.step.StepListener;
import io.jenkins.plugins.packer.engine.ui.TargetedUi;
import java.nio.file.Path;
import java.util.Map;

/** Build contexts for running one component directly in a test. */
public final class TestContexts {

    private TestContexts() {
    }

    public static BuildContext build(Path workingDir, RecordingUi ui) {
        return build(workingDir, ui, BuildOptions.defaults(), SecretMasker.empty());
    }

    public static BuildContext build(Path workingDir, RecordingUi ui, BuildOptions options, SecretMasker masker) {
        return new BuildContext("null.test", new TargetedUi("null.test", ui), CancelToken.create(), masker,
                DebugLog.disabled(), options, StepListener.NONE, workingDir);
    }

    public static BuildInfo info(String sourceName, String builderType) {
        return new BuildInfo(builderType + "." + sourceName, sourceName, builderType, "run-uuid", Map.of());
    }
}
