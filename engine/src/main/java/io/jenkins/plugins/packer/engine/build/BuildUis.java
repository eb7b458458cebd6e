package io.jenkins.plugins.packer.engine.build;

import io.jenkins.plugins.packer.engine.secret.SecretMasker;
import io.jenkins.plugins.packer.engine.ui.ColoredUi;
import io.jenkins.plugins.packer.engine.ui.MachineReadableUi;
import io.jenkins.plugins.packer.engine.ui.MaskingUi;
import io.jenkins.plugins.packer.engine.ui.TimestampedUi;
import io.jenkins.plugins.packer.engine.ui.Ui;
import io.jenkins.plugins.packer.engine.ui.UiColor;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The per-build UI chains, composed as Packer's build command does: the run's sink, colored in the build's
 * color (green, cyan, magenta, yellow, blue in turn; announced with {@code NAME: output will be in this
 * color.} and a blank line after the last), timestamped with {@code -timestamp-ui}, and here also masked
 * with the build's own secrets.
 */
final class BuildUis {

    private BuildUis() {
    }

    /** The UI for "Build 'x' finished" lines of each build; the components get a {@code TargetedUi} on it. */
    static List<Ui> create(Ui sink, List<String> names, List<SecretMasker> maskers, BuildOptions options,
                           Clock clock) {
        boolean colors = options.color() && !(sink instanceof MachineReadableUi);
        List<Ui> uis = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Ui ui = sink;
            if (colors) {
                ui = new ColoredUi(UiColor.BUILD_CYCLE.get(i % UiColor.BUILD_CYCLE.size()), ui);
                ui.say(maskers.get(i).mask(names.get(i)) + ": output will be in this color.");
                if (i + 1 == names.size()) {
                    sink.say("");
                }
            }
            if (options.timestampUi()) {
                ui = new TimestampedUi(ui, clock);
            }
            uis.add(new MaskingUi(maskers.get(i), ui));
        }
        return uis;
    }
}
