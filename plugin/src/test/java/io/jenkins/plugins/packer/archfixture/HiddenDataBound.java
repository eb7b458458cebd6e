package io.jenkins.plugins.packer.archfixture;

import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/** Planted violations (test sources only): data binding on a class Stapler cannot instantiate. */
final class HiddenDataBound {

    @DataBoundConstructor
    public HiddenDataBound() {
    }

    @DataBoundSetter
    public void setName(String name) {
        // planted
    }
}
