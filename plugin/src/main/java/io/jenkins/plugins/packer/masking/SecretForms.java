package io.jenkins.plugins.packer.masking;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The spellings under which a secret can reach the build log: as is, JSON-escaped (as Java and Go JSON writers
 * escape, including Go's {@code \u003c}-style HTML escaping), base64 (standard and URL-safe, and the fragments
 * that appear when the secret sits at any byte offset inside a larger base64 blob such as cloud-init user data)
 * and URL-encoded ({@code +} and {@code %20} for spaces, upper- and lower-case hex).
 */
public final class SecretForms {

    /** Forms shorter than this are never masked: they would blank out ordinary text. */
    public static final int MIN_LENGTH = 3;
    /** Base64 fragments (secret at an offset) shorter than this are dropped. */
    private static final int MIN_FRAGMENT = 4;

    private SecretForms() {
    }

    /** Every form of {@code secret} at least {@link #MIN_LENGTH} characters long; empty for short secrets. */
    public static Set<String> of(String secret) {
        Set<String> forms = new LinkedHashSet<>();
        if (secret == null || secret.length() < MIN_LENGTH) {
            return forms;
        }
        forms.add(secret);
        forms.add(jsonEscape(secret, false, false));
        forms.add(jsonEscape(secret, true, false));
        forms.add(jsonEscape(secret, false, true));
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        for (Base64.Encoder enc : new Base64.Encoder[] {Base64.getEncoder(), Base64.getUrlEncoder()}) {
            forms.add(enc.encodeToString(bytes));
            for (int shift = 0; shift < 3; shift++) {
                String fragment = base64Fragment(enc, bytes, shift);
                if (fragment.length() >= MIN_FRAGMENT) {
                    forms.add(fragment);
                }
            }
        }
        String form = URLEncoder.encode(secret, StandardCharsets.UTF_8);
        forms.add(form);
        forms.add(form.replace("+", "%20"));
        forms.add(lowerHex(form));
        forms.add(lowerHex(form.replace("+", "%20")));
        forms.removeIf(f -> f.length() < MIN_LENGTH);
        return forms;
    }

    /**
     * JSON string escaping without the quotes.
     *
     * @param goHtml also escape {@code <}, {@code >}, {@code &} as Go's encoding/json does by default
     * @param asciiOnly also escape every non-ASCII character as {@code \}{@code uXXXX}
     */
    static String jsonEscape(String s, boolean goHtml, boolean asciiOnly) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    boolean html = goHtml && (c == '<' || c == '>' || c == '&');
                    if (c < 0x20 || html || (asciiOnly && c > 0x7e) || c == '\u2028' || c == '\u2029') {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /**
     * The base64 characters that depend only on the secret's bits when it is preceded by {@code shift} other
     * bytes: what stays constant wherever the secret sits inside a longer encoded stream.
     */
    static String base64Fragment(Base64.Encoder enc, byte[] secret, int shift) {
        byte[] padded = new byte[shift + secret.length];
        System.arraycopy(secret, 0, padded, shift, secret.length);
        String encoded = enc.withoutPadding().encodeToString(padded);
        int firstBit = 8 * shift;
        int endBit = 8 * (shift + secret.length);
        int from = (firstBit + 5) / 6;
        int to = endBit / 6;
        return from >= to ? "" : encoded.substring(from, Math.min(to, encoded.length()));
    }

    private static String lowerHex(String urlEncoded) {
        StringBuilder b = new StringBuilder(urlEncoded);
        for (int i = 0; i + 2 < b.length(); i++) {
            if (b.charAt(i) == '%') {
                b.setCharAt(i + 1, Character.toLowerCase(b.charAt(i + 1)));
                b.setCharAt(i + 2, Character.toLowerCase(b.charAt(i + 2)));
            }
        }
        return b.toString();
    }
}
