package io.jenkins.plugins.packer.engine.template;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A version as hashicorp/go-version reads it ({@code 1.16.0}, {@code v1}, {@code 1.2.3-beta+meta}), with its
 * ordering and constraint matching ({@code >= 1.0, < 2}, {@code ~> 1.2}, {@code != 1.3.0}).
 */
public record Version(List<Long> segments, String prerelease, String original) implements Comparable<Version> {

    private static final Pattern VERSION = Pattern.compile(
            "v?([0-9]+(\\.[0-9]+)*)(-([0-9A-Za-z\\-~]+(\\.[0-9A-Za-z\\-~]+)*))?(\\+([0-9A-Za-z\\-~]+(\\.[0-9A-Za-z\\-~]+)*))?");
    private static final Pattern CONSTRAINT = Pattern.compile("^\\s*(=|!=|>=|<=|>|<|~>)?\\s*(\\S+)\\s*$");

    public Version {
        segments = List.copyOf(segments);
        prerelease = prerelease == null ? "" : prerelease;
    }

    /** @throws IllegalArgumentException "Malformed version: X" as go-version says it */
    public static Version parse(String text) {
        Matcher m = VERSION.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("Malformed version: " + text);
        }
        List<Long> segs = new ArrayList<>();
        for (String s : m.group(1).split("\\.")) {
            segs.add(Long.parseLong(s));
        }
        while (segs.size() < 3) {
            segs.add(0L);
        }
        return new Version(segs, m.group(4), text.trim());
    }

    /** Number of segments written (for {@code ~>}), counted from the original text. */
    int specifiedSegments() {
        String core = original.startsWith("v") ? original.substring(1) : original;
        int cut = core.length();
        for (char c : new char[] {'-', '+'}) {
            int i = core.indexOf(c);
            if (i >= 0 && i < cut) {
                cut = i;
            }
        }
        return core.substring(0, cut).split("\\.").length;
    }

    @Override
    public int compareTo(Version o) {
        int n = Math.max(segments.size(), o.segments.size());
        for (int i = 0; i < n; i++) {
            long a = i < segments.size() ? segments.get(i) : 0;
            long b = i < o.segments.size() ? o.segments.get(i) : 0;
            if (a != b) {
                return Long.compare(a, b);
            }
        }
        if (prerelease.isEmpty() != o.prerelease.isEmpty()) {
            return prerelease.isEmpty() ? 1 : -1;
        }
        return prerelease.compareTo(o.prerelease);
    }

    /**
     * True when this version satisfies every comma-separated constraint.
     *
     * @throws IllegalArgumentException for a malformed constraint ({@code Malformed constraint: X})
     */
    public boolean satisfies(String constraints) {
        for (String part : constraints.split(",")) {
            Matcher m = CONSTRAINT.matcher(part);
            if (!m.matches()) {
                throw new IllegalArgumentException("Malformed constraint: " + part.trim());
            }
            String op = m.group(1) == null ? "=" : m.group(1);
            Version v;
            try {
                v = parse(m.group(2));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Malformed constraint: " + part.trim());
            }
            if (!check(op, v)) {
                return false;
            }
        }
        return true;
    }

    /** Validates a constraint string without checking anything against it. */
    public static void checkConstraintSyntax(String constraints) {
        parse("0.0.0").satisfies(constraints.isBlank() ? ">= 0" : constraints);
    }

    private boolean check(String op, Version c) {
        // like go-version, a pre-release only satisfies constraints that name a pre-release of the same core
        if (!prerelease.isEmpty() && (c.prerelease.isEmpty() || !sameCore(c))) {
            return false;
        }
        int cmp = compareTo(c);
        return switch (op) {
            case "=" -> cmp == 0;
            case "!=" -> cmp != 0;
            case ">" -> cmp > 0;
            case "<" -> cmp < 0;
            case ">=" -> cmp >= 0;
            case "<=" -> cmp <= 0;
            default -> pessimistic(c);
        };
    }

    private boolean sameCore(Version c) {
        return segments.equals(c.segments);
    }

    private boolean pessimistic(Version c) {
        if (compareTo(c) < 0) {
            return false;
        }
        int n = c.specifiedSegments();
        // ~> 1.2.3 means >= 1.2.3, < 1.3; ~> 1.2 means >= 1.2, < 2
        int fixed = Math.max(1, n - 1);
        for (int i = 0; i < fixed; i++) {
            if (!segments.get(i).equals(c.segments.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            sb.append(i == 0 ? "" : ".").append(segments.get(i));
        }
        return prerelease.isEmpty() ? sb.toString() : sb + "-" + prerelease;
    }
}
