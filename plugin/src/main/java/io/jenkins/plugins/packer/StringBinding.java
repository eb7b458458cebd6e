package io.jenkins.plugins.packer;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import hudson.EnvVars;
import hudson.Extension;
import hudson.model.Run;
import io.jenkins.plugins.packer.binding.BoundCredentials;
import io.jenkins.plugins.packer.binding.CredentialMapping;
import java.io.IOException;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.kohsuke.stapler.DataBoundConstructor;

/** {@code string(credentialsId, variable)}: a secret text. */
public final class StringBinding extends PackerCredentialBinding {

    private final String variable;

    @DataBoundConstructor
    public StringBinding(String credentialsId, String variable) {
        super(credentialsId);
        this.variable = variable;
    }

    public String getVariable() {
        return variable;
    }

    @Override
    void bind(Run<?, ?> run, EnvVars env, BoundCredentials into) throws IOException {
        StringCredentials c = lookup(StringCredentials.class, "string", run, env);
        try {
            CredentialMapping.string(into, target(), variable, c.getSecret().getPlainText());
        } catch (IllegalArgumentException e) {
            throw new hudson.AbortException("string('" + getCredentialsId() + "'): " + e.getMessage());
        }
    }

    @Symbol("string")
    @Extension
    public static final class DescriptorImpl extends BindingDescriptor {
        @Override
        protected Class<? extends StandardCredentials> credentialType() {
            return StringCredentials.class;
        }

        @Override
        public String getDisplayName() {
            return PluginMessages.get("StringBinding.displayName");
        }
    }
}
