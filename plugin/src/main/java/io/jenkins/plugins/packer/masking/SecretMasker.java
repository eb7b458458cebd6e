package io.jenkins.plugins.packer.masking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces every secret of one build, in all its {@linkplain SecretForms forms}, with {@value #MASK}. One instance
 * per step run (never a global filter). Also used on exception messages before they reach the log or the
 * Pipeline. Deliberately not serializable: it holds the secrets, and step executions are persisted.
 */
public final class SecretMasker {

    /** What a secret becomes in the log, as credentials-binding prints it. */
    public static final String MASK = "****";

    private final Pattern pattern;
    private final List<String> forms;
    private final int tooShort;

    /** A masker for {@code secrets}; secrets shorter than {@link SecretForms#MIN_LENGTH} are counted, not masked. */
    public SecretMasker(Collection<String> secrets) {
        Set<String> all = new LinkedHashSet<>();
        int shortOnes = 0;
        for (String s : secrets) {
            if (s == null || s.isEmpty()) {
                continue;
            }
            Set<String> f = SecretForms.of(s);
            if (f.isEmpty()) {
                shortOnes++;
            }
            all.addAll(f);
        }
        List<String> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        this.forms = List.copyOf(sorted);
        this.tooShort = shortOnes;
        this.pattern = compile(forms);
    }

    private static Pattern compile(List<String> forms) {
        if (forms.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (String f : forms) {
            if (b.length() > 0) {
                b.append('|');
            }
            b.append(Pattern.quote(f));
        }
        return Pattern.compile(b.toString());
    }

    /** {@code text} with every secret form replaced by {@value #MASK}; {@code null} stays {@code null}. */
    public String mask(String text) {
        if (text == null || pattern == null) {
            return text;
        }
        Matcher m = pattern.matcher(text);
        return m.find() ? m.replaceAll(Matcher.quoteReplacement(MASK)) : text;
    }

    /** Whether {@code text} contains any secret form. */
    public boolean reveals(String text) {
        return text != null && !forms.isEmpty() && !mask(text).equals(text);
    }

    /** How many secrets were too short to be masked safely (the step warns about them). */
    public int tooShortToMask() {
        return tooShort;
    }

    /** Number of distinct forms masked. */
    public int formCount() {
        return forms.size();
    }

    /** Never lists the secrets. */
    @Override
    public String toString() {
        return "SecretMasker[" + forms.size() + " forms]";
    }
}
