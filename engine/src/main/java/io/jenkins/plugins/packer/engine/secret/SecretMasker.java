package io.jenkins.plugins.packer.engine.secret;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces secrets, and the encoded forms they take in output (see {@link SecretForms}: JSON-escaped, base64,
 * URL-encoded, shell-quoted, each line of a multi-line secret), by {@value #REPLACEMENT}.
 *
 * <p>One instance per run or per build, handed to whatever writes output; there is no global registry (unlike
 * Packer's {@code LogSecretFilter}). It is thread-safe: {@link #register} may add secrets discovered while a
 * build runs (a generated password, a token) while other threads mask. Where forms overlap, the longest wins
 * (one regular expression whose alternatives are ordered longest first, each {@link Pattern#quote quoted}).
 */
public final class SecretMasker {

    /** What a secret is replaced with, as in Packer. */
    public static final String REPLACEMENT = "<sensitive>";

    private final Set<String> secrets = new LinkedHashSet<>();
    private volatile Compiled compiled = Compiled.EMPTY;

    private SecretMasker() {
    }

    /** A masker for these secrets (null and blank entries are ignored). */
    public static SecretMasker of(Collection<String> secrets) {
        SecretMasker masker = new SecretMasker();
        masker.registerAll(secrets);
        return masker;
    }

    /** A masker that masks nothing until secrets are {@linkplain #register registered}. */
    public static SecretMasker empty() {
        return new SecretMasker();
    }

    /** A new, independent masker with this one's secrets plus {@code more} (e.g. a build's own credentials). */
    public SecretMasker derive(Collection<String> more) {
        SecretMasker child = new SecretMasker();
        synchronized (this) {
            child.secrets.addAll(secrets);
        }
        child.registerAll(more);
        return child;
    }

    /** Adds a secret; null or blank secrets are ignored (masking every space would destroy the output). */
    public void register(String secret) {
        registerAll(secret == null ? List.of() : List.of(secret));
    }

    /** Adds secrets at once (one recompilation). */
    public synchronized void registerAll(Collection<String> more) {
        boolean changed = false;
        for (String s : more) {
            if (s != null && !s.isBlank()) {
                changed |= secrets.add(s);
            }
        }
        if (changed) {
            compiled = Compiled.of(secrets);
        }
    }

    /** The registered secrets, in registration order. */
    public synchronized List<String> secrets() {
        return List.copyOf(secrets);
    }

    public boolean isEmpty() {
        return compiled.pattern == null;
    }

    /** {@code text} with every form of every secret replaced; null stays null. */
    public String mask(String text) {
        Compiled c = compiled;
        if (text == null || c.pattern == null || text.isEmpty()) {
            return text;
        }
        Matcher m = c.pattern.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        do {
            out.append(text, last, m.start()).append(REPLACEMENT);
            last = m.end();
        } while (m.find());
        return out.append(text, last, text.length()).toString();
    }

    /**
     * How much of {@code pending} a streaming writer may mask and emit now without cutting through a secret
     * that more input could complete: everything but the last {@code longest form - 1} characters, moved back
     * to the start of any secret form that straddles that point.
     */
    public int safePrefixLength(CharSequence pending) {
        Compiled c = compiled;
        if (c.pattern == null) {
            return pending.length();
        }
        int cut = Math.max(0, pending.length() - (c.longest - 1));
        Matcher m = c.pattern.matcher(pending);
        while (m.find() && m.start() < cut) {
            if (m.end() > cut) {
                return m.start();
            }
        }
        return cut;
    }

    private record Compiled(Pattern pattern, int longest) {
        static final Compiled EMPTY = new Compiled(null, 0);

        static Compiled of(Collection<String> secrets) {
            Set<String> forms = new LinkedHashSet<>();
            for (String s : secrets) {
                forms.addAll(SecretForms.of(s));
            }
            if (forms.isEmpty()) {
                return EMPTY;
            }
            List<String> ordered = new ArrayList<>(forms);
            ordered.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
            StringBuilder regex = new StringBuilder();
            for (String form : ordered) {
                if (regex.length() > 0) {
                    regex.append('|');
                }
                regex.append(Pattern.quote(form));
            }
            return new Compiled(Pattern.compile(regex.toString()), ordered.get(0).length());
        }
    }
}
