package io.jenkins.plugins.packer.engine.version;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A version as hashicorp/go-version reads it ({@code 1.2}, {@code v1.6.6}, {@code 1.0.0-beta1+meta}): numeric
 * segments (padded to three), an optional pre-release and metadata. Printed as go-version prints it
 * ({@code 1.2.0}); compared by segments, a pre-release sorting before its release; matched against constraints
 * ({@code >= 1.0, < 2}, {@code ~> 1.2}, {@code != 1.3.0}) as go-version does.
 */
public record GoVersion(List<Long> segments, String pre, String metadata) implements Comparable<GoVersion> {

    private static final Pattern RE = Pattern.compile("v?([0-9]+(\\.[0-9]+)*?)"
            + "(-([0-9]+[0-9A-Za-z\\-~]*(\\.[0-9A-Za-z\\-~]+)*)|(-?([A-Za-z\\-~]+[0-9A-Za-z\\-~]*"
            + "(\\.[0-9A-Za-z\\-~]+)*)))?(\\+([0-9A-Za-z\\-~]+(\\.[0-9A-Za-z\\-~]+)*))?");

    /**
     * Parses a version.
     *
     * @throws IllegalArgumentException {@code Malformed version: X} as go-version words it
     */
    public static GoVersion parse(String text) {
        Matcher m = RE.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("Malformed version: " + text);
        }
        List<Long> segs = new ArrayList<>();
        for (String s : m.group(1).split("\\.")) {
            try {
                segs.add(Long.parseLong(s));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Error parsing version: " + e.getMessage());
            }
        }
        while (segs.size() < 3) {
            segs.add(0L);
        }
        String pre = m.group(7) != null ? m.group(7) : m.group(4) != null ? m.group(4) : "";
        String meta = m.group(10) != null ? m.group(10) : "";
        return new GoVersion(List.copyOf(segs), pre, meta);
    }

    @Override
    public int compareTo(GoVersion o) {
        int n = Math.max(segments.size(), o.segments.size());
        for (int i = 0; i < n; i++) {
            long a = i < segments.size() ? segments.get(i) : 0;
            long b = i < o.segments.size() ? o.segments.get(i) : 0;
            if (a != b) {
                return Long.compare(a, b);
            }
        }
        if (pre.isEmpty() != o.pre.isEmpty()) {
            return pre.isEmpty() ? 1 : -1;
        }
        return comparePre(pre, o.pre);
    }

    private static int comparePre(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            if (i >= x.length) {
                return -1;
            }
            if (i >= y.length) {
                return 1;
            }
            boolean xn = x[i].matches("\\d+");
            boolean yn = y[i].matches("\\d+");
            int c = xn && yn ? Long.compare(Long.parseLong(x[i]), Long.parseLong(y[i]))
                    : xn != yn ? (xn ? -1 : 1) : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static final Pattern CONSTRAINT = Pattern.compile("^\\s*(=|!=|>=|<=|>|<|~>)?\\s*(\\S+)\\s*$");

    /**
     * True when this version satisfies every comma-separated constraint. As in go-version, a pre-release
     * satisfies only constraints that name a pre-release of the same version core.
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
            GoVersion c;
            try {
                c = parse(m.group(2));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Malformed constraint: " + part.trim());
            }
            if (!check(op, c, specifiedSegments(m.group(2)))) {
                return false;
            }
        }
        return true;
    }

    private boolean check(String op, GoVersion c, int specified) {
        if (!pre.isEmpty() && (c.pre.isEmpty() || !segments.equals(c.segments))) {
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
            default -> cmp >= 0 && pessimisticPrefixMatches(c, specified);
        };
    }

    /** {@code ~> 1.2.3} means {@code >= 1.2.3, < 1.3}; {@code ~> 1.2} means {@code >= 1.2, < 2}. */
    private boolean pessimisticPrefixMatches(GoVersion c, int specified) {
        int fixed = Math.max(1, specified - 1);
        for (int i = 0; i < fixed; i++) {
            if (!segments.get(i).equals(c.segments.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static int specifiedSegments(String text) {
        String core = text.startsWith("v") ? text.substring(1) : text;
        int cut = core.length();
        for (char ch : new char[] {'-', '+'}) {
            int i = core.indexOf(ch);
            if (i >= 0 && i < cut) {
                cut = i;
            }
        }
        return core.substring(0, cut).split("\\.").length;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            sb.append(i == 0 ? "" : ".").append(segments.get(i));
        }
        if (!pre.isEmpty()) {
            sb.append('-').append(pre);
        }
        if (!metadata.isEmpty()) {
            sb.append('+').append(metadata);
        }
        return sb.toString();
    }
}
