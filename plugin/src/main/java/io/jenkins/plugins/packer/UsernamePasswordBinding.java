package io.jenkins.plugins.packer;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import hudson.EnvVars;
import hudson.Extension;
import hudson.model.Run;
import io.jenkins.plugins.packer.binding.BoundCredentials;
import io.jenkins.plugins.packer.binding.CredentialMapping;
import java.io.IOException;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/** {@code usernamePassword(credentialsId, usernameVariable, passwordVariable)}. */
public final class UsernamePasswordBinding extends PackerCredentialBinding {

    private String usernameVariable;
    private final String passwordVariable;

    @DataBoundConstructor
    public UsernamePasswordBinding(String credentialsId, String passwordVariable) {
        super(credentialsId);
        this.passwordVariable = passwordVariable;
    }

    public String getUsernameVariable() {
        return usernameVariable;
    }

    @DataBoundSetter
    public void setUsernameVariable(String usernameVariable) {
        this.usernameVariable = usernameVariable;
    }

    public String getPasswordVariable() {
        return passwordVariable;
    }

    @Override
    void bind(Run<?, ?> run, EnvVars env, BoundCredentials into) throws IOException {
        StandardUsernamePasswordCredentials c = lookup(StandardUsernamePasswordCredentials.class,
                "usernamePassword", run, env);
        try {
            CredentialMapping.usernamePassword(into, target(), usernameVariable, passwordVariable, c.getUsername(),
                    c.getPassword().getPlainText(), c.isUsernameSecret());
        } catch (IllegalArgumentException e) {
            throw new hudson.AbortException("usernamePassword('" + getCredentialsId() + "'): " + e.getMessage());
        }
    }

    @Symbol("usernamePassword")
    @Extension
    public static final class DescriptorImpl extends BindingDescriptor {
        @Override
        protected Class<? extends StandardCredentials> credentialType() {
            return StandardUsernamePasswordCredentials.class;
        }

        @Override
        public String getDisplayName() {
            return PluginMessages.get("UsernamePasswordBinding.displayName");
        }
    }
}
