package io.jenkins.plugins.packer.engine.archfixture.cycle.b;

import io.jenkins.plugins.packer.engine.archfixture.cycle.a.A;

/** ... and package b uses package a: a cycle. */
public class B {
    public A partner() {
        return new A();
    }
}
