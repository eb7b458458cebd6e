package io.jenkins.plugins.packer.engine.gotemplate;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks the node tree, evaluating pipelines against the data and writing the output. Errors name the template
 * position ({@code root:LINE:COL}, the column being the byte offset within the line as Go counts it) and the
 * node being executed, as Go's text/template does.
 */
final class Executor {

    private static final Object MISSING = new Object();

    private final String name;
    private final String source;
    private final Map<String, GoFunction> functions;
    private final Object root;
    private final Map<String, Object> variables = new HashMap<>();

    Executor(String name, String source, Map<String, GoFunction> functions, Object root) {
        this.name = name;
        this.source = source;
        this.functions = functions;
        this.root = root;
        variables.put("", root);
    }

    void run(List<Node> nodes, StringBuilder out) throws GoTemplateException {
        walk(nodes, root, out);
    }

    private void walk(List<Node> nodes, Object dot, StringBuilder out) throws GoTemplateException {
        for (Node n : nodes) {
            if (n instanceof Node.Text t) {
                out.append(t.text());
            } else if (n instanceof Node.Action a) {
                Object v = pipeline(a.pipeline(), dot);
                if (a.pipeline().declare().isEmpty()) {
                    out.append(Builtins.print(v));
                }
            } else if (n instanceof Node.Control c) {
                control(c, dot, out);
            }
        }
    }

    private void control(Node.Control c, Object dot, StringBuilder out) throws GoTemplateException {
        switch (c.keyword()) {
            case "if" -> walk(Builtins.truth(pipeline(c.pipeline(), dot)) ? c.body() : c.elseBody(), dot, out);
            case "with" -> {
                Object v = pipeline(c.pipeline(), dot);
                if (Builtins.truth(v)) {
                    walk(c.body(), v, out);
                } else {
                    walk(c.elseBody(), dot, out);
                }
            }
            default -> range(c, dot, out);
        }
    }

    private void range(Node.Control c, Object dot, StringBuilder out) throws GoTemplateException {
        Node.Pipeline p = c.pipeline();
        List<String> declared = p.declare();
        Object v = pipeline(new Node.Pipeline(List.of(), false, p.commands(), p.line(), p.pos()), dot);
        List<Map.Entry<Object, Object>> items = new ArrayList<>();
        if (v instanceof Map<?, ?> m) {
            new java.util.TreeMap<>(m).forEach((k, e) -> items.add(Map.entry(k, e == null ? MISSING : e)));
        } else if (v instanceof Collection<?> col) {
            long i = 0;
            for (Object e : col) {
                items.add(Map.entry(i++, e == null ? MISSING : e));
            }
        } else if (v != null) {
            throw error(p.pos(), p.describe(), "range can't iterate over " + Builtins.print(v));
        }
        if (items.isEmpty()) {
            walk(c.elseBody(), dot, out);
            return;
        }
        for (Map.Entry<Object, Object> e : items) {
            Object elem = e.getValue() == MISSING ? null : e.getValue();
            if (declared.size() == 1) {
                variables.put(declared.get(0), elem);
            } else if (declared.size() == 2) {
                variables.put(declared.get(0), e.getKey());
                variables.put(declared.get(1), elem);
            }
            walk(c.body(), elem, out);
        }
    }

    private Object pipeline(Node.Pipeline p, Object dot) throws GoTemplateException {
        Object value = MISSING;
        for (Node.Command cmd : p.commands()) {
            value = command(cmd, dot, value);
        }
        for (String var : p.declare()) {
            variables.put(var, value);
        }
        return value;
    }

    private Object command(Node.Command cmd, Object dot, Object piped) throws GoTemplateException {
        Node.Operand head = cmd.args().get(0);
        if (head instanceof Node.Identifier id) {
            return call(id, cmd, dot, piped);
        }
        if (cmd.args().size() > 1 || piped != MISSING) {
            throw error(cmd.pos(), cmd.describe(), "can't give argument to non-function " + head.describe());
        }
        return operand(head, dot);
    }

    private Object call(Node.Identifier id, Node.Command cmd, Object dot, Object piped) throws GoTemplateException {
        GoFunction f = functions.get(id.name());
        if (f == null) {
            throw error(id.pos(), id.describe(), "function \"" + id.name() + "\" not defined");
        }
        List<Node.Operand> argNodes = cmd.args().subList(1, cmd.args().size());
        GoSignature sig = f.signature();
        List<Object> args = new ArrayList<>();
        if (sig == null) {
            for (Node.Operand a : argNodes) {
                args.add(operand(a, dot));
            }
            if (piped != MISSING) {
                args.add(piped);
            }
        } else {
            int numIn = argNodes.size() + (piped != MISSING ? 1 : 0);
            int fixed = sig.params().size();
            if (sig.variadic() != null && numIn < fixed) {
                throw error(id.pos(), id.describe(), "wrong number of args for " + id.name() + ": want at least "
                        + fixed + " got " + argNodes.size());
            }
            if (sig.variadic() == null && numIn != fixed) {
                throw error(id.pos(), id.describe(), "wrong number of args for " + id.name() + ": want " + fixed
                        + " got " + numIn);
            }
            for (int i = 0; i < argNodes.size(); i++) {
                args.add(typedArg(argNodes.get(i), i < fixed ? sig.params().get(i) : sig.variadic(), dot));
            }
            if (piped != MISSING) {
                GoSignature.ParamType t = args.size() < fixed ? sig.params().get(args.size()) : sig.variadic();
                args.add(checkValue(piped, t, cmd.pos(), cmd.describe()));
            }
        }
        try {
            return f.apply(args);
        } catch (GoTemplateException e) {
            throw e;
        } catch (Exception e) {
            throw error(cmd.pos(), cmd.describe(), "error calling " + id.name() + ": " + e.getMessage());
        }
    }

    /** Evaluates an argument for a typed parameter: literals are checked by kind, other values by type. */
    private Object typedArg(Node.Operand a, GoSignature.ParamType t, Object dot) throws GoTemplateException {
        if (a instanceof Node.Literal lit && t != GoSignature.ParamType.ANY) {
            Object v = lit.value();
            if (v == null) {
                throw error(a.pos(), a.describe(), "cannot assign nil to " + t.goName());
            }
            if (t == GoSignature.ParamType.STRING) {
                if (v instanceof String) {
                    return v;
                }
                throw error(a.pos(), a.describe(), "expected string; found " + a.describe());
            }
            if (v instanceof Long) {
                return v;
            }
            if (v instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
                return d.longValue();
            }
            throw error(a.pos(), a.describe(), "expected integer; found " + a.describe());
        }
        return checkValue(operand(a, dot), t, a.pos(), a.describe());
    }

    private Object checkValue(Object v, GoSignature.ParamType t, int pos, String context) throws GoTemplateException {
        if (t == GoSignature.ParamType.ANY) {
            return v;
        }
        if (v == null) {
            throw error(pos, context, "invalid value; expected " + t.goName());
        }
        if (t == GoSignature.ParamType.STRING && v instanceof CharSequence s) {
            return s.toString();
        }
        if (t == GoSignature.ParamType.INT && (v instanceof Long || v instanceof Integer)) {
            return ((Number) v).longValue();
        }
        throw error(pos, context, "wrong type for value; expected " + t.goName() + "; got " + GoFormat.typeName(v));
    }

    private Object operand(Node.Operand op, Object dot) throws GoTemplateException {
        if (op instanceof Node.Literal l) {
            return l.value();
        }
        if (op instanceof Node.Dot) {
            return dot;
        }
        if (op instanceof Node.Variable v) {
            return variables.get(v.name());
        }
        if (op instanceof Node.Sub s) {
            Object v = pipeline(s.pipeline(), dot);
            return v == MISSING ? null : v;
        }
        if (op instanceof Node.Identifier id) {
            return call(id, new Node.Command(List.of(id), id.pos()), dot, MISSING);
        }
        Node.Chain chain = (Node.Chain) op;
        Object base = operand(chain.base(), dot);
        for (String field : chain.fields()) {
            base = field(base, field, chain);
        }
        return base;
    }

    /**
     * A field of a map or record. As in Go with the default {@code missingkey} option, a missing map key and a
     * field of nil data give no value (printed {@code <no value>}) rather than an error.
     */
    private Object field(Object base, String field, Node.Chain chain) throws GoTemplateException {
        if (base == null) {
            return null;
        }
        if (base instanceof Map<?, ?> m) {
            return m.get(field);
        }
        if (base.getClass().isRecord()) {
            for (RecordComponent rc : base.getClass().getRecordComponents()) {
                if (rc.getName().equals(field)) {
                    try {
                        Method m = rc.getAccessor();
                        m.setAccessible(true);
                        return m.invoke(base);
                    } catch (ReflectiveOperationException e) {
                        throw error(chain.pos(), chain.describe(), "cannot read field " + field);
                    }
                }
            }
        }
        throw error(chain.pos(), chain.describe(), "can't evaluate field " + field + " in type "
                + GoFormat.typeName(base));
    }

    private GoTemplateException error(int pos, String context, String message) {
        String before = source.substring(0, Math.min(pos, source.length()));
        int nl = before.lastIndexOf('\n');
        int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
        int col = before.substring(nl + 1).getBytes(StandardCharsets.UTF_8).length;
        return new GoTemplateException("template: " + name + ":" + line + ":" + col + ": executing \"" + name
                + "\" at <" + context + ">: " + message);
    }
}
