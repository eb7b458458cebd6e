package io.jenkins.plugins.packer.engine.gotemplate;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;


/** The functions every Go template has, and Go's printing and truth rules. */
final class Builtins {

    static final Map<String, GoFunction> FUNCTIONS = Map.ofEntries(
            Map.entry("and", args -> {
                Object last = null;
                for (Object a : args) {
                    last = a;
                    if (!truth(a)) {
                        return a;
                    }
                }
                return last;
            }),
            Map.entry("or", args -> {
                Object last = null;
                for (Object a : args) {
                    last = a;
                    if (truth(a)) {
                        return a;
                    }
                }
                return last;
            }),
            Map.entry("not", args -> !truth(arg(args, 0, 1))),
            Map.entry("eq", Builtins::eq),
            Map.entry("ne", args -> !eq(args)),
            Map.entry("lt", args -> compare(args) < 0),
            Map.entry("le", args -> compare(args) <= 0),
            Map.entry("gt", args -> compare(args) > 0),
            Map.entry("ge", args -> compare(args) >= 0),
            Map.entry("len", args -> len(arg(args, 0, 1))),
            Map.entry("index", Builtins::index),
            Map.entry("print", args -> printAll(args, false)),
            Map.entry("println", args -> printAll(args, true) + "\n"),
            Map.entry("printf", args -> GoFormat.sprintf(String.valueOf(args.get(0)), args.subList(1, args.size()))),
            Map.entry("urlquery", args -> URLEncoder.encode(printAll(args, false), StandardCharsets.UTF_8)));

    static final Set<String> NAMES = FUNCTIONS.keySet();

    private Builtins() {
    }

    /** Go's truth: false, 0, nil, and empty strings and collections are false. */
    static boolean truth(Object v) {
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Number n) {
            return n.doubleValue() != 0;
        }
        if (v instanceof CharSequence s) {
            return s.length() > 0;
        }
        if (v instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        if (v instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        return true;
    }

    /** How an action prints a value ({@code fmt.Print} rules; nil prints as {@code <no value>}). */
    static String print(Object v) {
        if (v == null) {
            return "<no value>";
        }
        return GoFormat.value(v);
    }

    private static String printAll(List<Object> args, boolean spaces) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            Object a = args.get(i);
            boolean isString = a instanceof CharSequence;
            boolean prevString = i > 0 && args.get(i - 1) instanceof CharSequence;
            // fmt.Sprint adds spaces between operands when neither is a string; Sprintln always does
            if (i > 0 && (spaces || !isString && !prevString)) {
                sb.append(' ');
            }
            sb.append(a == null ? "<nil>" : GoFormat.value(a));
        }
        return sb.toString();
    }

    private static Object arg(List<Object> args, int i, int want) {
        if (args.size() != want) {
            throw new IllegalArgumentException("wrong number of args: want " + want + " got " + args.size());
        }
        return args.get(i);
    }

    private static boolean eq(List<Object> args) {
        if (args.size() < 2) {
            throw new IllegalArgumentException("missing argument for comparison");
        }
        Object a = args.get(0);
        for (Object b : args.subList(1, args.size())) {
            if (a instanceof Number x && b instanceof Number y
                    ? new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0
                    : Objects.equals(a, b)) {
                return true;
            }
        }
        return false;
    }

    private static int compare(List<Object> args) {
        Object a = arg(args, 0, 2);
        Object b = args.get(1);
        if (a instanceof Number x && b instanceof Number y) {
            return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString()));
        }
        if (a instanceof String x && b instanceof String y) {
            return x.compareTo(y);
        }
        throw new IllegalArgumentException("incompatible types for comparison");
    }

    private static long len(Object v) {
        if (v instanceof CharSequence s) {
            return s.toString().getBytes(StandardCharsets.UTF_8).length;
        }
        if (v instanceof Collection<?> c) {
            return c.size();
        }
        if (v instanceof Map<?, ?> m) {
            return m.size();
        }
        throw new IllegalArgumentException("len of type " + (v == null ? "nil" : v.getClass().getSimpleName()));
    }

    private static Object index(List<Object> args) {
        Object v = args.get(0);
        for (Object key : args.subList(1, args.size())) {
            if (v instanceof List<?> l && key instanceof Number n) {
                int i = n.intValue();
                if (i < 0 || i >= l.size()) {
                    throw new IllegalArgumentException("index out of range: " + i);
                }
                v = l.get(i);
            } else if (v instanceof Map<?, ?> m) {
                v = m.get(key);
            } else {
                throw new IllegalArgumentException("can't index item of type "
                        + (v == null ? "nil" : v.getClass().getSimpleName()));
            }
        }
        return v;
    }

}
