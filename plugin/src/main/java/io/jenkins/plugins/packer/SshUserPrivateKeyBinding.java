package io.jenkins.plugins.packer;

import com.cloudbees.jenkins.plugins.sshcredentials.SSHUserPrivateKey;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import hudson.EnvVars;
import hudson.Extension;
import hudson.model.Run;
import hudson.util.Secret;
import io.jenkins.plugins.packer.binding.BoundCredentials;
import io.jenkins.plugins.packer.binding.CredentialMapping;
import java.io.IOException;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/** {@code sshUserPrivateKey(credentialsId, keyFileVariable, usernameVariable, passphraseVariable)}. */
public final class SshUserPrivateKeyBinding extends PackerCredentialBinding {

    private final String keyFileVariable;
    private String usernameVariable;
    private String passphraseVariable;

    @DataBoundConstructor
    public SshUserPrivateKeyBinding(String credentialsId, String keyFileVariable) {
        super(credentialsId);
        this.keyFileVariable = keyFileVariable;
    }

    public String getKeyFileVariable() {
        return keyFileVariable;
    }

    public String getUsernameVariable() {
        return usernameVariable;
    }

    @DataBoundSetter
    public void setUsernameVariable(String usernameVariable) {
        this.usernameVariable = usernameVariable;
    }

    public String getPassphraseVariable() {
        return passphraseVariable;
    }

    @DataBoundSetter
    public void setPassphraseVariable(String passphraseVariable) {
        this.passphraseVariable = passphraseVariable;
    }

    @Override
    void bind(Run<?, ?> run, EnvVars env, BoundCredentials into) throws IOException {
        SSHUserPrivateKey c = lookup(SSHUserPrivateKey.class, "sshUserPrivateKey", run, env);
        Secret passphrase = c.getPassphrase();
        try {
            CredentialMapping.sshUserPrivateKey(into, target(), keyFileVariable, usernameVariable,
                    passphraseVariable, c.getUsername(), c.getPrivateKeys(),
                    passphrase == null ? null : passphrase.getPlainText());
        } catch (IllegalArgumentException e) {
            throw new hudson.AbortException("sshUserPrivateKey('" + getCredentialsId() + "'): " + e.getMessage());
        }
    }

    @Symbol("sshUserPrivateKey")
    @Extension
    public static final class DescriptorImpl extends BindingDescriptor {
        @Override
        protected Class<? extends StandardCredentials> credentialType() {
            return SSHUserPrivateKey.class;
        }

        @Override
        public String getDisplayName() {
            return PluginMessages.get("SshUserPrivateKeyBinding.displayName");
        }
    }
}
