package io.jenkins.plugins.packer.engine.postprocessor.docker;

import io.jenkins.plugins.packer.engine.config.Doc;
import io.jenkins.plugins.packer.engine.config.Sensitive;
import io.jenkins.plugins.packer.engine.config.Validated;
import io.jenkins.plugins.packer.engine.config.Validation;

/** Configuration of the {@code docker-push} post-processor. */
@Doc("Pushes the image of `docker-import` or `docker-tag` (and each of its tags) to its registry.")
public record DockerPushConfig(
        @Doc("Log in to `login_server` with `login_username` and `login_password` for the push.") Boolean login,
        @Doc("The registry user.") String loginUsername,
        @Doc("The registry password (masked in all output).") @Sensitive String loginPassword,
        @Doc("The registry to log in to.") String loginServer,
        @Doc("Amazon ECR login: not available in this engine.") Boolean ecrLogin,
        @Doc("For `ecr_login` (not available).") String awsAccessKey,
        @Doc("For `ecr_login` (not available).") @Sensitive String awsSecretKey,
        @Doc("For `ecr_login` (not available).") @Sensitive String awsToken,
        @Doc("For `ecr_login` (not available).") String awsProfile,
        @Doc("Accepted for compatibility; the Engine pushes the image as it is.") String platform)
        implements Validated {

    @Override
    public void validate(Validation v) {
        if (Boolean.TRUE.equals(ecrLogin)) {
            if (loginServer == null || loginServer.isEmpty()) {
                v.error("login_server", "ECR login requires login server to be provided.",
                        "Set login_server to the ECR registry.");
            }
            v.error("ecr_login", "ecr_login is not available",
                    "This engine cannot fetch Amazon ECR credentials. Use login = true with login_username and "
                            + "login_password (e.g. from `aws ecr get-login-password`) instead.");
        }
    }
}
