package io.jenkins.plugins.packer.engine.archfixture.cycle.a;

import io.jenkins.plugins.packer.engine.archfixture.cycle.b.B;

/** Planted violation (test sources only): package a uses package b ... */
public class A {
    public B partner() {
        return new B();
    }
}
