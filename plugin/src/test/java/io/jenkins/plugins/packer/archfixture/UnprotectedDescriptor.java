package io.jenkins.plugins.packer.archfixture;

import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.util.ListBoxModel;
import org.kohsuke.stapler.verb.POST;

/** Planted violations (test sources only): form endpoints without POST or without a permission check. */
public class UnprotectedDescriptor extends Descriptor<UnprotectedDescriptor.Thing> {

    /** Planted: neither @POST nor a permission check (credential-id enumeration, CSRF). */
    public ListBoxModel doFillCredentialsIdItems() {
        return new ListBoxModel();
    }

    /** Planted: @POST but no permission check. */
    @POST
    public ListBoxModel doCheckUrl() {
        return new ListBoxModel();
    }

    /** Something described. */
    public interface Thing extends Describable<Thing> {
    }
}
