package io.jenkins.plugins.packer.engine.bootcommand;

import java.io.IOException;

/** Where typed keys go: an RFB (VNC) connection's key events, identified by X11 keysyms. */
@FunctionalInterface
public interface KeyEventSink {

    /** Sends one key-down or key-up event for {@code keysym}. */
    void keyEvent(int keysym, boolean down) throws IOException;
}
