package io.jenkins.plugins.packer.engine.builder.qemu;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.cancel.CancelToken;
import io.jenkins.plugins.packer.engine.config.ConfigDecoder;
import io.jenkins.plugins.packer.engine.config.ConfigSchema;
import io.jenkins.plugins.packer.engine.config.Decoded;
import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.syntax.HclParser;
import io.jenkins.plugins.packer.engine.hcl.syntax.ParseResult;
import io.jenkins.plugins.packer.engine.log.DebugLog;
import io.jenkins.plugins.packer.engine.step.StateBag;
import io.jenkins.plugins.packer.engine.step.StepContext;
import io.jenkins.plugins.packer.engine.step.StepListener;
import io.jenkins.plugins.packer.engine.testing.RecordingUi;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Decoding qemu sources from HCL text and step contexts for the step tests. */
final class QemuTestSupport {

    /** The smallest valid source body. */
    static final String MINIMAL = """
            iso_url      = "disk.qcow2"
            iso_checksum = "none"
            ssh_username = "root"
            """;

    private QemuTestSupport() {
    }

    record Result(QemuConfig config, Diagnostics diags) {
        List<String> errors() {
            return diags.asList().stream().filter(Diagnostic::isError).map(Diagnostic::summary).toList();
        }

        List<String> warnings() {
            return diags.asList().stream().filter(d -> !d.isError()).map(Diagnostic::summary).toList();
        }
    }

    static Result decode(String body) {
        ParseResult parsed = HclParser.parseFile(body.getBytes(StandardCharsets.UTF_8), "qemu.pkr.hcl");
        assertThat(parsed.diags().hasErrors()).as(parsed.diags().toString()).isFalse();
        Diagnostics diags = new Diagnostics();
        Decoded<QemuConfig> d = ConfigDecoder.decode(ConfigSchema.of(QemuConfig.class), parsed.body(),
                EvalContext.empty(), diags);
        return new Result(d.config(), diags);
    }

    /** A valid configuration: {@link #MINIMAL} plus {@code extra}. */
    static QemuConfig config(String extra) {
        Result r = decode(MINIMAL + extra);
        assertThat(r.errors()).isEmpty();
        return r.config();
    }

    static QemuSettings settings(String extra, Path workingDir) {
        return QemuSettings.of(config(extra), "tiny", workingDir);
    }

    /** A step context with a recording UI. */
    static StepContext context(RecordingUi ui, StateBag state, CancelToken cancel) {
        return new StepContext(ui, state, cancel, DebugLog.disabled(), StepListener.NONE);
    }

    static StepContext context(RecordingUi ui, StateBag state) {
        return context(ui, state, CancelToken.create());
    }
}
