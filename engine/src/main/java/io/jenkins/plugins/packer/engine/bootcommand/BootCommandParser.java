package io.jenkins.plugins.packer.engine.bootcommand;

import io.jenkins.plugins.packer.engine.config.GoDuration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses a boot command as Packer's PEG grammar ({@code boot_command.pigeon}) does, with the same ordered
 * choice at every position: {@code <wait…>}, then a character toggle {@code <xOn>}/{@code <xOff>}, then a
 * special key {@code <enter>}/{@code <leftCtrlOn>}, and otherwise the character itself. Anything that is not a
 * complete expression is typed literally ({@code <foo>} types five characters), so parsing never fails; only
 * {@link #validate} reports problems (non-positive waits), with Packer's wording.
 */
public final class BootCommandParser {

    /** Packer's special key names in the grammar's order (the first that matches wins, case-insensitively). */
    public static final List<String> SPECIAL_KEYS = List.of("bs", "del", "enter", "esc", "f10", "f11", "f12",
            "f1", "f2", "f3", "f4", "f5", "f6", "f7", "f8", "f9", "return", "tab", "up", "down", "spacebar",
            "insert", "home", "end", "pageUp", "pageDown", "leftAlt", "leftCtrl", "leftMeta", "leftShift",
            "rightAlt", "rightCtrl", "rightMeta", "rightShift", "leftSuper", "rightSuper", "left", "right", "menu");

    private static final List<String> TIME_UNITS = List.of("ns", "us", "\u00b5s", "ms", "s", "m", "h");

    private final String in;
    private int pos;

    private BootCommandParser(String in) {
        this.in = in;
    }

    /** The actions of {@code command}, in order; an empty command gives no actions. */
    public static List<BootAction> parse(String command) {
        BootCommandParser p = new BootCommandParser(command);
        List<BootAction> out = new ArrayList<>();
        while (p.pos < command.length()) {
            out.add(p.next());
        }
        return List.copyOf(out);
    }

    /** Packer's validation: every wait must be positive ("Expecting a positive wait value. Got 0s"). */
    public static List<String> validate(List<BootAction> actions) {
        List<String> errors = new ArrayList<>();
        for (BootAction a : actions) {
            if (a instanceof BootAction.Wait w && (w.duration().isNegative() || w.duration().isZero())) {
                errors.add("Expecting a positive wait value. Got " + GoDuration.format(w.duration()));
            }
        }
        return errors;
    }

    private BootAction next() {
        int start = pos;
        if (in.charAt(pos) == '<') {
            BootAction a = waitExpr();
            if (a == null) {
                pos = start;
                a = charToggle();
            }
            if (a == null) {
                pos = start;
                a = special();
            }
            if (a != null) {
                return a;
            }
            pos = start;
        }
        int cp = in.codePointAt(pos);
        pos += Character.charCount(cp);
        return new BootAction.Key(cp, KeyAction.PRESS);
    }

    private BootAction waitExpr() {
        pos++;
        if (!in.startsWith("wait", pos)) {
            return null;
        }
        pos += 4;
        int afterWait = pos;
        Duration d = duration();
        if (d == null) {
            pos = afterWait;
            Long seconds = integer();
            if (seconds == null) {
                pos = afterWait;
                d = Duration.ofSeconds(1);
            } else {
                d = Duration.ofSeconds(seconds);
            }
        }
        return expect('>') ? new BootAction.Wait(d) : null;
    }

    private BootAction charToggle() {
        pos++;
        if (pos >= in.length()) {
            return null;
        }
        int cp = in.codePointAt(pos);
        pos += Character.charCount(cp);
        KeyAction t = onOff();
        if (t == null || !expect('>')) {
            return null;
        }
        return new BootAction.Key(cp, t);
    }

    private BootAction special() {
        pos++;
        String key = null;
        for (String k : SPECIAL_KEYS) {
            if (in.regionMatches(true, pos, k, 0, k.length())) {
                key = k;
                break;
            }
        }
        if (key == null) {
            return null;
        }
        pos += key.length();
        KeyAction t = onOff();
        if (!expect('>')) {
            return null;
        }
        return new BootAction.Special(key.toLowerCase(Locale.ROOT), t == null ? KeyAction.PRESS : t);
    }

    private KeyAction onOff() {
        if (in.regionMatches(true, pos, "on", 0, 2)) {
            pos += 2;
            return KeyAction.ON;
        }
        if (in.regionMatches(true, pos, "off", 0, 3)) {
            pos += 3;
            return KeyAction.OFF;
        }
        return null;
    }

    /** {@code (Number TimeUnit)+}, evaluated as Go's {@code time.ParseDuration}; null if it does not match. */
    private Duration duration() {
        int start = pos;
        int count = 0;
        while (true) {
            int itemStart = pos;
            if (!number() || !timeUnit()) {
                pos = itemStart;
                break;
            }
            count++;
        }
        if (count == 0) {
            pos = start;
            return null;
        }
        try {
            return GoDuration.parse(in.substring(start, pos));
        } catch (IllegalArgumentException e) {
            // "-1s-2s" and the like: not a Go duration, so not this alternative
            pos = start;
            return null;
        }
    }

    private boolean number() {
        if (pos < in.length() && in.charAt(pos) == '-') {
            pos++;
        }
        if (integer() == null) {
            return false;
        }
        if (pos + 1 < in.length() && in.charAt(pos) == '.' && isDigit(pos + 1)) {
            pos++;
            while (isDigit(pos)) {
                pos++;
            }
        }
        return true;
    }

    private boolean timeUnit() {
        for (String u : TIME_UNITS) {
            if (in.startsWith(u, pos)) {
                pos += u.length();
                return true;
            }
        }
        return false;
    }

    /** {@code '0' / [1-9][0-9]*}; null if no integer starts here. */
    private Long integer() {
        if (pos >= in.length()) {
            return null;
        }
        if (in.charAt(pos) == '0') {
            pos++;
            return 0L;
        }
        if (in.charAt(pos) < '1' || in.charAt(pos) > '9') {
            return null;
        }
        int start = pos;
        while (isDigit(pos)) {
            pos++;
        }
        try {
            return Long.parseLong(in.substring(start, pos));
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE / 1_000_000_000L;
        }
    }

    private boolean isDigit(int i) {
        return i < in.length() && in.charAt(i) >= '0' && in.charAt(i) <= '9';
    }

    private boolean expect(char c) {
        if (pos < in.length() && in.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }
}
