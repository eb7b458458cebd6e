package io.jenkins.plugins.packer;

import com.cloudbees.jenkins.plugins.awscredentials.AmazonWebServicesCredentials;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import hudson.EnvVars;
import hudson.Extension;
import hudson.model.Run;
import io.jenkins.plugins.packer.binding.BindingTarget;
import io.jenkins.plugins.packer.binding.BoundCredentials;
import io.jenkins.plugins.packer.binding.CredentialMapping;
import java.io.IOException;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

/**
 * {@code aws(credentialsId, accessKeyVariable, secretKeyVariable, sessionTokenVariable)}; needs the AWS Credentials
 * plugin (an optional dependency: without it this binding is simply not offered). Binds to the engine's
 * environment by default, under the names the AWS SDKs read.
 */
public final class AwsBinding extends PackerCredentialBinding {

    private String accessKeyVariable = "AWS_ACCESS_KEY_ID";
    private String secretKeyVariable = "AWS_SECRET_ACCESS_KEY";
    private String sessionTokenVariable = "AWS_SESSION_TOKEN";

    @DataBoundConstructor
    public AwsBinding(String credentialsId) {
        super(credentialsId);
        setBindTo(BindingTarget.ENVIRONMENT.spelling());
    }

    public String getAccessKeyVariable() {
        return accessKeyVariable;
    }

    @DataBoundSetter
    public void setAccessKeyVariable(String accessKeyVariable) {
        this.accessKeyVariable = accessKeyVariable;
    }

    public String getSecretKeyVariable() {
        return secretKeyVariable;
    }

    @DataBoundSetter
    public void setSecretKeyVariable(String secretKeyVariable) {
        this.secretKeyVariable = secretKeyVariable;
    }

    public String getSessionTokenVariable() {
        return sessionTokenVariable;
    }

    @DataBoundSetter
    public void setSessionTokenVariable(String sessionTokenVariable) {
        this.sessionTokenVariable = sessionTokenVariable;
    }

    @Override
    void bind(Run<?, ?> run, EnvVars env, BoundCredentials into) throws IOException {
        AmazonWebServicesCredentials c = lookup(AmazonWebServicesCredentials.class, "aws", run, env);
        AwsCredentials keys = c.resolveCredentials();
        String token = keys instanceof AwsSessionCredentials s ? s.sessionToken() : null;
        try {
            CredentialMapping.aws(into, target(), accessKeyVariable, secretKeyVariable, sessionTokenVariable,
                    keys.accessKeyId(), keys.secretAccessKey(), token);
        } catch (IllegalArgumentException e) {
            throw new hudson.AbortException("aws('" + getCredentialsId() + "'): " + e.getMessage());
        }
    }

    @Symbol("aws")
    @Extension(optional = true)
    public static final class DescriptorImpl extends BindingDescriptor {
        @Override
        protected Class<? extends StandardCredentials> credentialType() {
            return AmazonWebServicesCredentials.class;
        }

        @Override
        public String getDisplayName() {
            return PluginMessages.get("AwsBinding.displayName");
        }
    }
}
