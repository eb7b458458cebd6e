package io.jenkins.plugins.packer.engine.hcl.function.lib;

import io.jenkins.plugins.packer.engine.hcl.value.ConversionException;
import io.jenkins.plugins.packer.engine.hcl.value.Convert;
import io.jenkins.plugins.packer.engine.hcl.value.Quote;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * go-cty's format engine (stdlib format.go and its format_fsm scanner): a printf-like format string with
 * verbs %v %#v %t %b %d %o %x %X %e %E %f %g %G %s %q, flags {@code 0 # - + space}, argument indexes
 * {@code %[n]v}, width and precision, and %% for a percent sign. Offsets in messages count UTF-8 bytes.
 */
final class Formatter {

    /** The format string or an argument did not fit; the message is go-cty's. */
    static final class FormatError extends Exception {
        private static final long serialVersionUID = 1L;

        FormatError(String message) {
            super(message);
        }
    }

    private final String format;
    private final List<Value> args;
    private final StringBuilder out = new StringBuilder();
    private int pos;
    private int nextArg = 1;

    private Formatter(String format, List<Value> args) {
        this.format = format;
        this.args = args;
    }

    /** Formats wholly known {@code args} (nulls allowed) according to {@code format}. */
    static String format(String format, List<Value> args) throws FormatError {
        Formatter f = new Formatter(format, args);
        f.run();
        return f.out.toString();
    }

    private void run() throws FormatError {
        while (pos < format.length()) {
            char c = format.charAt(pos);
            if (c != '%') {
                out.append(c);
                pos++;
            } else if (pos + 1 < format.length() && format.charAt(pos + 1) == '%') {
                out.append('%');
                pos += 2;
            } else {
                verb();
            }
        }
    }

    private void verb() throws FormatError {
        int start = pos++;
        boolean zero = false;
        boolean sharp = false;
        boolean minus = false;
        boolean plus = false;
        boolean space = false;
        for (boolean flag = true; flag; ) {
            switch (peek()) {
                case '0' -> zero = true;
                case '#' -> sharp = true;
                case '-' -> minus = true;
                case '+' -> plus = true;
                case ' ' -> space = true;
                default -> flag = false;
            }
            if (flag) {
                pos++;
            }
        }
        int argNum = nextArg;
        if (peek() == '[') {
            pos++;
            argNum = number();
            expect(']');
        }
        int width = -1;
        if (peek() >= '1' && peek() <= '9') {
            width = number();
        }
        int precision = -1;
        if (peek() == '.') {
            pos++;
            precision = 0;
            while (peek() >= '0' && peek() <= '9') {
                precision = precision * 10 + (format.charAt(pos++) - '0');
            }
        }
        char mode = peek();
        if (!((mode >= 'a' && mode <= 'z') || (mode >= 'A' && mode <= 'Z'))) {
            fail();
        }
        pos++;
        Verb v = new Verb(format.substring(start, pos), byteOffset(start), argNum, mode,
                new NumberText.Flags(zero, sharp, plus, minus, space, width, precision));
        append(v);
        nextArg = argNum + 1;
    }

    /** A number without leading zero ([1-9][0-9]*). */
    private int number() throws FormatError {
        if (!(peek() >= '1' && peek() <= '9')) {
            fail();
        }
        int n = 0;
        while (peek() >= '0' && peek() <= '9') {
            n = n * 10 + (format.charAt(pos++) - '0');
        }
        return n;
    }

    private void expect(char c) throws FormatError {
        if (peek() != c) {
            fail();
        }
        pos++;
    }

    /** The current character, or 0 at the end. */
    private char peek() {
        return pos < format.length() ? format.charAt(pos) : 0;
    }

    private void fail() throws FormatError {
        if (pos >= format.length()) {
            throw new FormatError("invalid format string starting at offset " + byteOffset(pos));
        }
        byte first = new String(Character.toChars(format.codePointAt(pos))).getBytes(StandardCharsets.UTF_8)[0];
        throw new FormatError("unrecognized format character " + GoQuote.rune(first & 0xFF) + " at offset "
                + byteOffset(pos));
    }

    private int byteOffset(int charIndex) {
        return format.substring(0, charIndex).getBytes(StandardCharsets.UTF_8).length;
    }

    private record Verb(String raw, int offset, int argNum, char mode, NumberText.Flags flags) {
        String where() {
            return Quote.go(raw) + " at " + offset;
        }
    }

    private void append(Verb v) throws FormatError {
        if (v.argNum - 1 >= args.size()) {
            throw new FormatError("not enough arguments for " + v.where() + ": need index " + v.argNum
                    + " but have " + args.size() + " total");
        }
        Value arg = args.get(v.argNum - 1);
        if (v.mode != 'v' && arg.isNull()) {
            throw new FormatError("unsupported value for " + v.where() + ": null value cannot be formatted");
        }
        switch (v.mode) {
            case 'v' -> out.append(asIs(v, arg));
            case 't' -> out.append(convert(v, arg, Type.BOOL).asBool());
            case 'b', 'd', 'o', 'x', 'X' -> out.append(integer(v, convert(v, arg, Type.NUMBER).asNumber()));
            case 'e', 'E', 'f', 'g', 'G' ->
                    out.append(NumberText.formatFloat(convert(v, arg, Type.NUMBER).asNumber(), v.mode, v.flags));
            case 's', 'q' -> out.append(string(v, convert(v, arg, Type.STRING).asString()));
            default -> throw new FormatError("unsupported format verb " + GoQuote.rune(v.mode) + " in "
                    + Quote.go(v.raw) + " at offset " + v.offset);
        }
    }

    private static String asIs(Verb v, Value arg) {
        if (!v.flags.sharp() && !arg.isNull()) {
            if (arg.type().equals(Type.STRING)) {
                return pad(v, arg.asString());
            }
            if (arg.type().equals(Type.NUMBER)) {
                return pad(v, NumberText.text(arg.asNumber(), 'g', -1));
            }
        }
        return pad(v, JsonText.of(arg));
    }

    private static String integer(Verb v, BigDecimal n) throws FormatError {
        if (!Args.isWhole(n)) {
            throw new FormatError("unsupported value for " + v.where() + ": an integer is required");
        }
        return NumberText.formatInteger(n.toBigIntegerExact(), v.mode, v.flags);
    }

    private static String string(Verb v, String s) {
        if (v.flags.precision() > 0) {
            List<String> chars = GoStrings.graphemes(s);
            if (chars.size() > v.flags.precision()) {
                s = String.join("", chars.subList(0, v.flags.precision()));
            }
        }
        return pad(v, v.mode == 'q' ? JsonText.quote(s) : s);
    }

    private static Value convert(Verb v, Value arg, Type want) throws FormatError {
        try {
            return Convert.convert(arg, want);
        } catch (ConversionException e) {
            throw new FormatError("unsupported value for " + v.where() + ": " + e.getMessage());
        }
    }

    /** cty's formatPadWidth: pads to the width in characters; '0' pads with zeros, '-' pads on the right. */
    private static String pad(Verb v, String s) {
        int width = v.flags.width();
        if (width < 0) {
            return s;
        }
        int have = GoStrings.graphemes(s).size();
        if (have >= width) {
            return s;
        }
        String pads = (v.flags.zero() ? "0" : " ").repeat(width - have);
        return v.flags.minus() ? s + pads : pads + s;
    }
}
