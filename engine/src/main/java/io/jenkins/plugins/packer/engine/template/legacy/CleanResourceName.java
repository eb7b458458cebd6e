package io.jenkins.plugins.packer.engine.template.legacy;

import io.jenkins.plugins.packer.engine.gotemplate.GoFunction;
import io.jenkins.plugins.packer.engine.gotemplate.GoSignature;

/**
 * The {@code clean_resource_name} functions builders add to the template language (Packer plugins define them per
 * cloud): a {@link RenderPolicy} returns the one its builder uses.
 */
public final class CleanResourceName {

    /** Amazon: characters outside {@code [A-Za-z0-9()[] ./'@_-]} become {@code -}. */
    public static final GoFunction AMAZON = GoFunction.typed(GoSignature.of(GoSignature.ParamType.STRING),
            a -> replaceInvalid((String) a.get(0), "()[] ./-'@_", false, Integer.MAX_VALUE));

    /** Google Compute: lower case, characters outside {@code [a-z0-9]} become {@code -}, at most 63 characters. */
    public static final GoFunction GOOGLE = GoFunction.typed(GoSignature.of(GoSignature.ParamType.STRING), a -> {
        String s = (String) a.get(0);
        if (s.matches("[a-z]([-a-z0-9]{0,61}[a-z0-9])?")) {
            return s;
        }
        return replaceInvalid(s.toLowerCase(java.util.Locale.ROOT), "", true, 63);
    });

    /** Azure and others: characters outside {@code [A-Za-z0-9._-]} become {@code -}; trailing {@code -_.} removed. */
    public static final GoFunction GENERIC = GoFunction.typed(GoSignature.of(GoSignature.ParamType.STRING),
            a -> replaceInvalid((String) a.get(0), "._-", false, Integer.MAX_VALUE).replaceAll("[-_.]+$", ""));

    private CleanResourceName() {
    }

    private static String replaceInvalid(String s, String allowed, boolean lowerOnly, int max) {
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(b.length, max); i++) {
            char c = (char) (b[i] & 0xff);
            boolean ok = c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || !lowerOnly && c >= 'A' && c <= 'Z'
                    || c < 0x80 && allowed.indexOf(c) >= 0;
            out.append(ok ? c : '-');
        }
        return out.toString();
    }
}
