package io.jenkins.plugins.packer.engine.postprocessor.docker;

import io.jenkins.plugins.packer.engine.config.Doc;
import io.jenkins.plugins.packer.engine.config.Required;
import io.jenkins.plugins.packer.engine.config.Validated;
import io.jenkins.plugins.packer.engine.config.Validation;
import java.util.List;

/** Configuration of the {@code docker-tag} post-processor. */
@Doc("Tags the image of a docker build (commit) or of `docker-import` as `repository:tag` for each tag.")
public record DockerTagConfig(
        @Doc("The repository to tag the image into.") @Required String repository,
        @Doc("The tags; without any the image is tagged `repository` (`latest`).") List<String> tags,
        @Doc("Deprecated spelling of `tags`.") List<String> tag,
        @Doc("Ignored, as by Packer with any Docker since 1.12.") Boolean force,
        @Doc("Path of the docker CLI. Ignored: this engine uses the Engine API.") String dockerPath)
        implements Validated {

    @Override
    public void validate(Validation v) {
        if (!v.isUnknown("repository") && (repository == null || repository.isEmpty())) {
            v.error("repository", "repository required", "Set the repository to tag the image into.");
        }
    }

    /** {@code tags} followed by the deprecated {@code tag}, as Packer combines them. */
    List<String> allTags() {
        List<String> all = new java.util.ArrayList<>(tags == null ? List.of() : tags);
        if (tag != null) {
            all.addAll(tag);
        }
        return all;
    }
}
