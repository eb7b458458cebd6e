package io.jenkins.plugins.packer.archfixture;

/** Test-only type in the plugin's package space, target of a planted architecture violation. */
public class FakePluginType {
}
