package io.jenkins.plugins.packer.engine.hcl.function.lib;

import io.jenkins.plugins.packer.engine.hcl.value.Quote;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves a YAML scalar to a value as go-cty-yaml does: untagged plain scalars get YAML 1.1 booleans
 * ({@code yes}, {@code off}, ...) and nulls ({@code ~}, {@code null}, empty), YAML 1.2 core-schema numbers,
 * and timestamps turned into RFC 3339 strings; quoted scalars are strings; {@code !!str}, {@code !!bool},
 * {@code !!int}, {@code !!float}, {@code !!null}, {@code !!timestamp}, {@code !!binary} and {@code !!merge}
 * tags are honoured and any other tag is an error.
 */
final class YamlScalars {

    static final String PREFIX = "tag:yaml.org,2002:";
    static final String STR = PREFIX + "str";
    static final String BOOL = PREFIX + "bool";
    static final String INT = PREFIX + "int";
    static final String FLOAT = PREFIX + "float";
    static final String NULL = PREFIX + "null";
    static final String TIMESTAMP = PREFIX + "timestamp";
    static final String BINARY = PREFIX + "binary";
    static final String MERGE = PREFIX + "merge";
    static final String MAP = PREFIX + "map";
    static final String SEQ = PREFIX + "seq";

    /** The marker a merge key ({@code <<}) resolves to. */
    static final Value MERGE_KEY = Value.string("<<");

    private static final Map<String, Value> WORDS = new HashMap<>();
    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern OCTAL = Pattern.compile("0o([0-7]+)");
    private static final Pattern HEX = Pattern.compile("0x([0-9a-fA-F]+)");
    private static final Pattern FLOAT_SYNTAX =
            Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    private static final Pattern TIMESTAMP_SYNTAX = Pattern.compile("([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})"
            + "(?:(?:([Tt])|( ))([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2})(?:[.,]([0-9]+))?"
            + "(Z|[+-][0-9]{2}:[0-9]{2})?)?");

    static {
        for (String w : new String[] {"y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"}) {
            WORDS.put(w, Value.TRUE);
        }
        for (String w : new String[] {"n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"}) {
            WORDS.put(w, Value.FALSE);
        }
        for (String w : new String[] {"", "~", "null", "Null", "NULL"}) {
            WORDS.put(w, Value.NULL);
        }
    }

    /** A scalar that cannot be resolved; the message is go-cty-yaml's. */
    static final class ScalarException extends Exception {
        private static final long serialVersionUID = 1L;

        ScalarException(String message) {
            super(message);
        }
    }

    private YamlScalars() {
    }

    /**
     * The value of a scalar. {@code tag} is the resolved tag or "" when absent; {@code plain} tells an
     * unquoted scalar (whose type is guessed) from a quoted one (a string unless tagged).
     */
    static Value resolve(String tag, String src, boolean plain) throws ScalarException {
        if (tag.isEmpty() && !plain) {
            return Value.string(src);
        }
        if (tag.equals(MERGE) || tag.isEmpty() && src.equals("<<")) {
            return MERGE_KEY;
        }
        switch (tag) {
            case "", STR, BOOL, INT, FLOAT, NULL, TIMESTAMP, BINARY -> { }
            default -> throw new ScalarException("unsupported tag " + Quote.go(tag));
        }
        char hint = src.isEmpty() ? 'N' : hint(src.charAt(0));
        if (hint != 0 && !tag.equals(STR) && !tag.equals(BINARY)) {
            Value word = WORDS.get(src);
            if (word != null) {
                return word;
            }
            String lower = src.toLowerCase(java.util.Locale.ROOT);
            if (lower.equals(".nan")) {
                throw new ScalarException("floating point NaN is not supported");
            }
            if (lower.matches("[-+]?\\.?inf")) {
                throw new ScalarException("floating point infinity is not supported");
            }
            if ((tag.isEmpty() || tag.equals(TIMESTAMP)) && (hint == 'D' || hint == 'S')) {
                String ts = timestamp(src);
                if (ts != null) {
                    return Value.string(ts);
                }
            }
            Value n = number(src);
            if (n != null) {
                return n;
            }
        }
        switch (tag) {
            case STR, "" -> {
                return Value.string(src);
            }
            case BINARY -> {
                try {
                    GoBase64.decode(src);
                } catch (GoBase64.CorruptInputException e) {
                    throw new ScalarException("cannot parse " + Quote.go(src) + " as " + tag
                            + ": not valid base64");
                }
                return Value.string(src);
            }
            case NULL -> {
                return Value.NULL;
            }
            case TIMESTAMP -> {
                String ts = timestamp(src);
                if (ts != null) {
                    return Value.string(ts);
                }
            }
            default -> { }
        }
        throw new ScalarException("cannot parse " + Quote.go(src) + " as " + tag);
    }

    private static char hint(char c) {
        if (c == '+' || c == '-') {
            return 'S';
        }
        if (c >= '0' && c <= '9') {
            return 'D';
        }
        if ("yYnNtTfFoO~".indexOf(c) >= 0) {
            return 'M';
        }
        return c == '.' ? '.' : 0;
    }

    private static Value number(String src) {
        if (INTEGER.matcher(src).matches() || FLOAT_SYNTAX.matcher(src).matches()) {
            return Value.number(new BigDecimal(src.startsWith("+") ? src.substring(1) : src));
        }
        Matcher m = OCTAL.matcher(src);
        if (m.matches()) {
            return Value.number(new BigDecimal(new BigInteger(m.group(1), 8)));
        }
        m = HEX.matcher(src);
        if (m.matches()) {
            return Value.number(new BigDecimal(new BigInteger(m.group(1), 16)));
        }
        return null;
    }

    /** A YAML timestamp in the forms go-cty-yaml accepts, as an RFC 3339 string; null if it is none. */
    static String timestamp(String src) {
        Matcher m = TIMESTAMP_SYNTAX.matcher(src);
        if (!m.matches()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (m.group(6) == null) {
                return date.atStartOfDay().atOffset(ZoneOffset.UTC).format(RFC3339);
            }
            boolean spaced = m.group(5) != null;
            String zone = m.group(10);
            if (spaced == (zone != null)) {
                return null; // "T" requires a zone, a space forbids one
            }
            LocalDateTime time = date.atTime(Integer.parseInt(m.group(6)), Integer.parseInt(m.group(7)),
                    Integer.parseInt(m.group(8)));
            ZoneOffset offset = zone == null || zone.equals("Z") ? ZoneOffset.UTC : ZoneOffset.of(zone);
            return OffsetDateTime.of(time, offset).format(RFC3339);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
}
