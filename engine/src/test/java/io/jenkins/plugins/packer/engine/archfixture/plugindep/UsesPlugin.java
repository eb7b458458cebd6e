package io.jenkins.plugins.packer.engine.archfixture.plugindep;

import io.jenkins.plugins.packer.archfixture.FakePluginType;

/** Planted violation (test sources only): an engine class that uses a plugin-side type. */
public class UsesPlugin {
    public int size(FakePluginType step) {
        return step.hashCode();
    }
}
