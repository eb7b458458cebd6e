package io.jenkins.plugins.packer.engine.build;

import io.jenkins.plugins.packer.engine.cancel.CancelToken;
import io.jenkins.plugins.packer.engine.log.DebugLog;
import io.jenkins.plugins.packer.engine.secret.SecretMasker;
import io.jenkins.plugins.packer.engine.ui.Ui;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Where a run happens: the output sink ({@code BasicUi} or {@code MachineReadableUi}, masking with
 * {@code masker}), the run's cancellation token (cancelled by signals or by the host), the run's secrets
 * (every build masks them, plus its own), the debug log, a clock, and the working directory.
 */
public record RunEnvironment(Ui ui, CancelToken cancel, SecretMasker masker, DebugLog log, Clock clock,
                             Path workingDir) {
}
