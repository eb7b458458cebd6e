package io.jenkins.plugins.packer.engine.bootcommand;

/** What to do with a key: press and release it, hold it down ({@code <xOn>}) or release it ({@code <xOff>}). */
public enum KeyAction {
    PRESS,
    ON,
    OFF
}
