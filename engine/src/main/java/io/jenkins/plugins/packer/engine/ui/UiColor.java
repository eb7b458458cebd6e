package io.jenkins.plugins.packer.engine.ui;

import java.util.List;

/** ANSI colors Packer uses (its {@code UiColor} values are the SGR codes). */
public enum UiColor {
    RED(31), GREEN(32), YELLOW(33), BLUE(34), MAGENTA(35), CYAN(36);

    /** The colors given to builds in turn: build i gets {@code BUILD_CYCLE.get(i % 5)}. */
    public static final List<UiColor> BUILD_CYCLE = List.of(GREEN, CYAN, MAGENTA, YELLOW, BLUE);

    private final int code;

    UiColor(int code) {
        this.code = code;
    }

    /** {@code \033[ATTR;CODEm text \033[0m}, ATTR 1 when bold, as Packer's {@code colorize}. */
    public String apply(String text, boolean bold) {
        return "\033[" + (bold ? 1 : 0) + ";" + code + "m" + text + "\033[0m";
    }
}
