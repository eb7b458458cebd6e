package io.jenkins.plugins.packer;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.IdCredentials;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import hudson.AbortException;
import hudson.EnvVars;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.model.Run;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.packer.binding.BindingTarget;
import io.jenkins.plugins.packer.binding.BoundCredentials;
import java.io.IOException;
import java.util.List;
import jenkins.model.Jenkins;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * One entry of the steps' {@code credentials} list: a Jenkins credential (by id) bound to template variables or
 * environment variables of the engine. Holds only the id and names (saved in job configuration); the secret is
 * looked up per build, tracked, and handed to {@link io.jenkins.plugins.packer.binding.CredentialMapping}.
 */
public abstract class PackerCredentialBinding implements Describable<PackerCredentialBinding> {

    private final String credentialsId;
    private String bindTo = BindingTarget.VARIABLE.spelling();

    protected PackerCredentialBinding(String credentialsId) {
        this.credentialsId = credentialsId == null ? "" : credentialsId.trim();
    }

    public String getCredentialsId() {
        return credentialsId;
    }

    /** {@code variable} (template variables, the default) or {@code environment}. */
    public String getBindTo() {
        return bindTo;
    }

    @DataBoundSetter
    public void setBindTo(String bindTo) {
        this.bindTo = BindingTarget.parse(bindTo).spelling();
    }

    protected BindingTarget target() {
        return BindingTarget.parse(bindTo);
    }

    /** Looks the credential up for this build, records its use, and adds its values to {@code into}. */
    abstract void bind(Run<?, ?> run, EnvVars env, BoundCredentials into) throws IOException, InterruptedException;

    /**
     * The credential with this binding's id (expanded from the build environment, so {@code ${PARAM}} works) as
     * {@code type}, tracked for the run.
     *
     * @throws AbortException naming the id when it is missing, not usable by this build, or of another kind
     */
    protected <C extends IdCredentials> C lookup(Class<C> type, String kind, Run<?, ?> run, EnvVars env)
            throws AbortException {
        if (credentialsId.isEmpty()) {
            throw new AbortException(PluginMessages.get("Credentials.noId", kind));
        }
        String id = env.expand(credentialsId);
        IdCredentials any = CredentialsProvider.findCredentialById(id, IdCredentials.class, run, List.of());
        if (any == null) {
            throw new AbortException(PluginMessages.get("Credentials.notFound", id));
        }
        if (!type.isInstance(any)) {
            throw new AbortException(PluginMessages.get("Credentials.wrongType", id, kind));
        }
        return CredentialsProvider.track(run, type.cast(any));
    }

    /** Descriptor base: the permission-checked credentials dropdown shared by every binding kind. */
    public abstract static class BindingDescriptor extends Descriptor<PackerCredentialBinding> {

        /** Credential type listed in this binding's dropdown. */
        protected abstract Class<? extends StandardCredentials> credentialType();

        /**
         * Credentials the current user may pick. Without {@code Item/ExtendedRead} or {@code Credentials/UseItem} on
         * the job (or {@code Overall/Administer} outside a job) only the current value is returned, so the list
         * cannot be used to enumerate credential ids.
         */
        @POST
        public ListBoxModel doFillCredentialsIdItems(@AncestorInPath Item item,
                @QueryParameter String credentialsId) {
            StandardListBoxModel result = new StandardListBoxModel();
            String current = credentialsId == null ? "" : credentialsId;
            if (item == null) {
                if (!Jenkins.get().hasPermission(Jenkins.ADMINISTER)) {
                    return result.includeCurrentValue(current);
                }
            } else if (!item.hasPermission(Item.EXTENDED_READ) && !item.hasPermission(CredentialsProvider.USE_ITEM)) {
                return result.includeCurrentValue(current);
            }
            return result.includeEmptyValue().include(item, credentialType()).includeCurrentValue(current);
        }

        /** Choices of {@code bindTo}. */
        @POST
        public ListBoxModel doFillBindToItems(@AncestorInPath Item item) {
            ListBoxModel m = new ListBoxModel();
            if (item == null ? !Jenkins.get().hasPermission(Jenkins.ADMINISTER) : !item.hasPermission(Item.EXTENDED_READ)) {
                return m;
            }
            m.add(new ListBoxModel.Option(PluginMessages.get("BindTo.variable"), BindingTarget.VARIABLE.spelling()));
            m.add(new ListBoxModel.Option(PluginMessages.get("BindTo.environment"),
                    BindingTarget.ENVIRONMENT.spelling()));
            return m;
        }
    }
}
