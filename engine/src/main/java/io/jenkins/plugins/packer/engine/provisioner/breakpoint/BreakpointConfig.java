package io.jenkins.plugins.packer.engine.provisioner.breakpoint;

import io.jenkins.plugins.packer.engine.config.Doc;

/** Configuration of the {@code breakpoint} provisioner. */
@Doc("Pauses the build until Enter is pressed, to inspect the machine. Without a terminal (CI, Jenkins) it "
        + "prints its note and goes on.")
public record BreakpointConfig(
        @Doc("Text shown when pausing.") String note,
        @Doc("Skip the pause (the note is still shown).") Boolean disable) {
}
