package io.jenkins.plugins.packer.engine.bootcommand;

import java.time.Duration;
import java.util.Locale;

/**
 * One element of a parsed boot command (Packer's boot command expressions): a character to type, a special key
 * such as {@code <enter>}, or a pause such as {@code <wait5>}.
 */
public sealed interface BootAction {

    /** A character typed as it is ({@code a}, {@code A}, {@code :}), or held/released with {@code <aOn>}. */
    record Key(int codePoint, KeyAction action) implements BootAction {
        @Override
        public String toString() {
            return "LIT-" + label(action) + "(" + new String(Character.toChars(codePoint)) + ")";
        }
    }

    /** A named key ({@code enter}, {@code leftctrl}, ...; lower case), pressed or held/released. */
    record Special(String name, KeyAction action) implements BootAction {
        public Special {
            name = name.toLowerCase(Locale.ROOT);
        }

        @Override
        public String toString() {
            return "Spec-" + label(action) + "(" + name + ")";
        }
    }

    /** A pause: {@code <wait>} is one second, {@code <wait10>} ten, {@code <wait1m30s>} a Go duration. */
    record Wait(Duration duration) implements BootAction {
        @Override
        public String toString() {
            return "Wait<" + io.jenkins.plugins.packer.engine.config.GoDuration.format(duration) + ">";
        }
    }

    private static String label(KeyAction a) {
        return switch (a) {
            case PRESS -> "Press";
            case ON -> "On";
            case OFF -> "Off";
        };
    }
}
