package io.jenkins.plugins.packer.engine.hcl.function.lib;

import java.util.ArrayList;
import java.util.List;

/**
 * Go's {@code path/filepath} functions for slash-separated (Unix) paths: {@code Clean}, {@code Join},
 * {@code Base}, {@code Dir}, {@code IsAbs} and {@code Rel}, plus go-homedir's {@code Expand}.
 */
final class GoPaths {

    private GoPaths() {
    }

    static boolean isAbs(String p) {
        return p.startsWith("/");
    }

    /** The shortest equivalent path: no repeated slashes, no {@code .}, no inner {@code ..}. */
    static String clean(String p) {
        if (p.isEmpty()) {
            return ".";
        }
        boolean rooted = p.startsWith("/");
        List<String> out = new ArrayList<>();
        for (String part : p.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (!out.isEmpty() && !out.get(out.size() - 1).equals("..")) {
                    out.remove(out.size() - 1);
                } else if (!rooted) {
                    out.add("..");
                }
                continue;
            }
            out.add(part);
        }
        String joined = String.join("/", out);
        if (rooted) {
            return "/" + joined;
        }
        return joined.isEmpty() ? "." : joined;
    }

    /** The non-empty elements joined with slashes and cleaned; "" when all are empty. */
    static String join(String... elems) {
        List<String> parts = new ArrayList<>();
        for (String e : elems) {
            if (!e.isEmpty()) {
                parts.add(e);
            }
        }
        return parts.isEmpty() ? "" : clean(String.join("/", parts));
    }

    /** The last element, trailing slashes ignored; "." for "", "/" for only slashes. */
    static String base(String p) {
        if (p.isEmpty()) {
            return ".";
        }
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        if (p.equals("/")) {
            return "/";
        }
        return p.substring(p.lastIndexOf('/') + 1);
    }

    /** Everything but the last element, cleaned. */
    static String dir(String p) {
        return clean(p.substring(0, p.lastIndexOf('/') + 1));
    }

    /** {@code targ} relative to {@code base}; null when impossible (one absolute, one relative). */
    static String rel(String base, String targ) {
        base = clean(base);
        targ = clean(targ);
        if (targ.equals(base)) {
            return ".";
        }
        if (base.equals(".")) {
            base = "";
        }
        if (isAbs(base) != isAbs(targ)) {
            return null;
        }
        List<String> b = base.isEmpty() ? List.of() : List.of(base.split("/", -1));
        List<String> t = List.of(targ.split("/", -1));
        int i = 0;
        while (i < b.size() && i < t.size() && b.get(i).equals(t.get(i))) {
            i++;
        }
        if (b.subList(i, b.size()).contains("..")) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int k = i; k < b.size(); k++) {
            out.add("..");
        }
        out.addAll(t.subList(i, t.size()));
        return String.join("/", out);
    }

    /** go-homedir's Expand: a leading {@code ~} or {@code ~/} becomes the home directory. */
    static String expandHome(String p, String home) throws HomeException {
        if (p.isEmpty() || p.charAt(0) != '~') {
            return p;
        }
        if (p.length() > 1 && p.charAt(1) != '/' && p.charAt(1) != '\\') {
            throw new HomeException("cannot expand user-specific home dir");
        }
        return join(home, p.substring(1));
    }

    /** A path that go-homedir cannot expand. */
    static final class HomeException extends Exception {
        private static final long serialVersionUID = 1L;

        HomeException(String message) {
            super(message);
        }
    }
}
