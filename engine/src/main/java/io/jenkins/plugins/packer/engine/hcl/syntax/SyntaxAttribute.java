package io.jenkins.plugins.packer.engine.hcl.syntax;

import io.jenkins.plugins.packer.engine.hcl.Attribute;
import io.jenkins.plugins.packer.engine.hcl.Range;

/** A parsed {@code name = expression} with the ranges the native syntax knows. */
record SyntaxAttribute(String name, Expr expr, Range range, Range nameRange, Range equalsRange) {

    Attribute toAttribute() {
        return new Attribute(name, expr, range, nameRange);
    }
}
