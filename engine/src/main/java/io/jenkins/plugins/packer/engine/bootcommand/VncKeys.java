package io.jenkins.plugins.packer.engine.bootcommand;

import java.util.Map;
import java.util.Optional;

/**
 * The X11 keysyms Packer's VNC boot command driver sends: the special keys by name, and for characters the
 * character's keysym plus whether Shift must be held (upper-case letters and the shifted symbols of a US
 * keyboard), so a guest reading scancodes through QEMU's keymap sees the same keys a person would press.
 */
public final class VncKeys {

    /** Keysym of the left Shift key, held around upper-case letters and shifted symbols. */
    public static final int LEFT_SHIFT = 0xFFE1;

    /** Packer's {@code shiftedChars}: symbols typed with Shift on a US keyboard. */
    public static final String SHIFTED_CHARS = "~!@#$%^&*()_+{}|:\"<>?";

    private static final Map<String, Integer> SPECIALS = Map.ofEntries(
            Map.entry("bs", 0xFF08), Map.entry("del", 0xFFFF), Map.entry("down", 0xFF54),
            Map.entry("end", 0xFF57), Map.entry("enter", 0xFF0D), Map.entry("esc", 0xFF1B),
            Map.entry("f1", 0xFFBE), Map.entry("f2", 0xFFBF), Map.entry("f3", 0xFFC0), Map.entry("f4", 0xFFC1),
            Map.entry("f5", 0xFFC2), Map.entry("f6", 0xFFC3), Map.entry("f7", 0xFFC4), Map.entry("f8", 0xFFC5),
            Map.entry("f9", 0xFFC6), Map.entry("f10", 0xFFC7), Map.entry("f11", 0xFFC8), Map.entry("f12", 0xFFC9),
            Map.entry("home", 0xFF50), Map.entry("insert", 0xFF63), Map.entry("left", 0xFF51),
            Map.entry("leftalt", 0xFFE9), Map.entry("leftctrl", 0xFFE3), Map.entry("leftshift", 0xFFE1),
            Map.entry("leftsuper", 0xFFEB), Map.entry("menu", 0xFF67), Map.entry("pagedown", 0xFF56),
            Map.entry("pageup", 0xFF55), Map.entry("return", 0xFF0D), Map.entry("right", 0xFF53),
            Map.entry("rightalt", 0xFFEA), Map.entry("rightctrl", 0xFFE4), Map.entry("rightshift", 0xFFE2),
            Map.entry("rightsuper", 0xFFEC), Map.entry("spacebar", 0x20), Map.entry("tab", 0xFF09),
            Map.entry("up", 0xFF52));

    private VncKeys() {
    }

    /**
     * The keysym of a special key (lower-case name). {@code leftmeta}/{@code rightmeta} parse but have no VNC
     * keysym in Packer either ("special leftmeta not found.").
     */
    public static Optional<Integer> special(String name) {
        return Optional.ofNullable(SPECIALS.get(name));
    }

    /**
     * The keysym for a character: Latin-1 characters are their own keysym (as Packer sends them), others use
     * the X11 Unicode keysym range {@code 0x01000000 + code point}; newline and tab map to Return and Tab.
     */
    public static int keysym(int codePoint) {
        if (codePoint == '\n' || codePoint == '\r') {
            return 0xFF0D;
        }
        if (codePoint == '\t') {
            return 0xFF09;
        }
        if (codePoint < 0x100) {
            return codePoint;
        }
        return 0x01000000 + codePoint;
    }

    /** Whether Shift must be held: Go's {@code unicode.IsUpper} or one of {@link #SHIFTED_CHARS}. */
    public static boolean needsShift(int codePoint) {
        return Character.isUpperCase(codePoint) || SHIFTED_CHARS.indexOf(codePoint) >= 0;
    }
}
