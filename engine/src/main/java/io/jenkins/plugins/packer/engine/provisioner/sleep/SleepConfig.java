package io.jenkins.plugins.packer.engine.provisioner.sleep;

import io.jenkins.plugins.packer.engine.config.Doc;
import io.jenkins.plugins.packer.engine.config.Required;
import java.time.Duration;

/** Configuration of the {@code sleep} provisioner. */
@Doc("Waits, for example for a service of the machine to settle.")
public record SleepConfig(@Doc("How long to wait, as a Go duration: `30s`, `5m`.") @Required Duration duration) {
}
