package io.jenkins.plugins.packer.engine.hcl.value;

/** A mark carried by a value and by every value computed from it. */
public enum Mark {
    /** The value is a secret: printed as {@code <sensitive>}, masked in logs. */
    SENSITIVE
}
