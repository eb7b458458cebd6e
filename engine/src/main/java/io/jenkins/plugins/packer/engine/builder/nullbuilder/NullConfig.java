package io.jenkins.plugins.packer.engine.builder.nullbuilder;

import io.jenkins.plugins.packer.engine.config.Doc;
import io.jenkins.plugins.packer.engine.config.Validated;
import io.jenkins.plugins.packer.engine.config.Validation;

/** Configuration of the {@code null} builder. */
@Doc("Builds nothing: runs the provisioners on an existing machine reached through the communicator, or, with "
        + "`communicator = \"none\"`, local provisioners only. Useful for testing and for provisioning.")
public record NullConfig(
        @Doc("How provisioners reach the machine: `none` (no machine; `shell-local` still works). The `ssh` "
                + "communicator of Packer's null builder is not available in this engine version yet.")
        String communicator) implements Validated {

    @Override
    public void validate(Validation v) {
        if (v.isUnknown("communicator") || "none".equals(communicator)) {
            return;
        }
        String type = communicator == null || communicator.isEmpty() ? "ssh" : communicator;
        v.error("communicator", "Unsupported communicator \"" + type + "\"",
                "The null builder of this engine supports only communicator = \"none\" for now"
                        + (communicator == null ? " (Packer defaults to \"ssh\", which needs ssh_host)" : "")
                        + ". Set communicator = \"none\" to run local provisioners such as shell-local.");
    }
}
