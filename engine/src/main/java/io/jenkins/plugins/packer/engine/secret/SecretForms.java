package io.jenkins.plugins.packer.engine.secret;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The spellings under which a secret can show up in output: the secret itself, each line of a multi-line
 * secret (as Packer's {@code RegisterSecret} does), and for each of those its JSON-escaped, base64 (standard
 * and URL alphabets, padded, unpadded, and the part of it that stays the same at each of the three byte
 * alignments inside a longer base64 stream), URL-encoded (query and path forms) and shell-quoted forms.
 */
final class SecretForms {

    /**
     * An embedded base64 core shorter than this is not masked: it would match unrelated base64 text by
     * chance. Secrets of 5 bytes and more get their embedded forms masked.
     */
    static final int MIN_BASE64_CORE = 6;

    /**
     * An encoded form shorter than this is not masked (the unpadded base64 of a one-character secret is two
     * characters, found everywhere); the secret itself and its lines are always masked, however short.
     */
    static final int MIN_ENCODED = 4;

    private SecretForms() {
    }

    /** Every form of {@code secret}; empty for a null or blank secret. */
    static Set<String> of(String secret) {
        Set<String> forms = new LinkedHashSet<>();
        if (secret == null || secret.isBlank()) {
            return forms;
        }
        Set<String> bases = new LinkedHashSet<>();
        bases.add(secret);
        String normalized = secret.replace("\r\n", "\n");
        bases.add(normalized);
        for (String line : normalized.split("\n", -1)) {
            if (!line.isBlank()) {
                bases.add(line);
            }
        }
        for (String base : bases) {
            addForms(base, forms);
        }
        forms.removeIf(String::isEmpty);
        return forms;
    }

    private static void addForms(String s, Set<String> all) {
        all.add(s);
        Set<String> forms = new LinkedHashSet<>();
        forms.add(json(s, false, false));
        forms.add(json(s, true, false));
        forms.add(json(s, false, true));
        forms.add(urlEncode(s, true));
        forms.add(urlEncode(s, false));
        forms.add(URLEncoder.encode(s, StandardCharsets.UTF_8));
        forms.add(s.replace("'", "'\\''"));
        forms.add(doubleQuoted(s));
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        for (boolean url : new boolean[] {false, true}) {
            Base64.Encoder encoder = url ? Base64.getUrlEncoder() : Base64.getEncoder();
            forms.add(encoder.encodeToString(bytes));
            forms.add(encoder.withoutPadding().encodeToString(bytes));
            for (int offset = 0; offset < 3; offset++) {
                String core = base64Core(encoder.withoutPadding(), bytes, offset);
                if (core.length() >= MIN_BASE64_CORE) {
                    forms.add(core);
                }
            }
        }
        forms.removeIf(f -> f.length() < MIN_ENCODED);
        all.addAll(forms);
    }

    /**
     * The characters of the base64 encoding of {@code offset} arbitrary bytes followed by {@code secret}
     * that depend on the secret's bytes only, so they appear whatever precedes or follows the secret.
     */
    static String base64Core(Base64.Encoder unpadded, byte[] secret, int offset) {
        byte[] shifted = new byte[offset + secret.length];
        System.arraycopy(secret, 0, shifted, offset, secret.length);
        String encoded = unpadded.encodeToString(shifted);
        int startBits = 8 * offset;
        int endBits = 8 * (offset + secret.length);
        int start = (startBits + 5) / 6;
        int end = endBits / 6;
        return start >= end ? "" : encoded.substring(start, end);
    }

    /**
     * JSON string content: {@code upperHex} picks Jackson's {@code \u001B} over Go's {@code \u001b};
     * {@code htmlSafe} adds Go's {@code encoding/json} escapes of {@code < > &} and U+2028/2029.
     */
    static String json(String s, boolean upperHex, boolean htmlSafe) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    boolean html = htmlSafe && (c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029');
                    if (c < 0x20 || html) {
                        String hex = String.format("%04x", (int) c);
                        out.append("\\u").append(upperHex ? hex.toUpperCase(java.util.Locale.ROOT) : hex);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** RFC 3986 percent-encoding of the UTF-8 bytes; a space is {@code +} in the query form. */
    static String urlEncode(String s, boolean queryForm) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else if (c == ' ' && queryForm) {
                out.append('+');
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    /** Content of a POSIX shell double-quoted string. */
    static String doubleQuoted(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '"' || c == '$' || c == '`') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
