package io.jenkins.plugins.packer;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import hudson.EnvVars;
import hudson.Extension;
import hudson.model.Run;
import io.jenkins.plugins.packer.binding.BoundCredentials;
import io.jenkins.plugins.packer.binding.CredentialMapping;
import java.io.IOException;
import java.io.InputStream;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.plaincredentials.FileCredentials;
import org.kohsuke.stapler.DataBoundConstructor;

/** {@code file(credentialsId, variable)}: a secret file, written privately; the variable gets its path. */
public final class FileBinding extends PackerCredentialBinding {

    /** Secret files larger than this are refused (they are held in memory and sent over the channel once). */
    static final int MAX_BYTES = 16 << 20;
    private final String variable;

    @DataBoundConstructor
    public FileBinding(String credentialsId, String variable) {
        super(credentialsId);
        this.variable = variable;
    }

    public String getVariable() {
        return variable;
    }

    @Override
    void bind(Run<?, ?> run, EnvVars env, BoundCredentials into) throws IOException {
        FileCredentials c = lookup(FileCredentials.class, "file", run, env);
        byte[] content;
        try (InputStream in = c.getContent()) {
            content = in.readNBytes(MAX_BYTES + 1);
        }
        if (content.length > MAX_BYTES) {
            throw new hudson.AbortException("file('" + getCredentialsId() + "'): larger than 16 MiB");
        }
        try {
            CredentialMapping.file(into, target(), variable, c.getFileName(), content);
        } catch (IllegalArgumentException e) {
            throw new hudson.AbortException("file('" + getCredentialsId() + "'): " + e.getMessage());
        }
    }

    @Symbol("file")
    @Extension
    public static final class DescriptorImpl extends BindingDescriptor {
        @Override
        protected Class<? extends StandardCredentials> credentialType() {
            return FileCredentials.class;
        }

        @Override
        public String getDisplayName() {
            return PluginMessages.get("FileBinding.displayName");
        }
    }
}
