package io.jenkins.plugins.packer.engine.gotemplate;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Walks the node tree, evaluating pipelines against the data and writing the output. */
final class Executor {

    private static final Object MISSING = new Object();

    private final String name;
    private final Map<String, GoFunction> functions;
    private final Object root;
    private final Map<String, Object> variables = new HashMap<>();

    Executor(String name, Map<String, GoFunction> functions, Object root) {
        this.name = name;
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
        List<String> declared = c.pipeline().declare();
        Node.Pipeline undeclared = new Node.Pipeline(List.of(), false, c.pipeline().commands(),
                c.pipeline().source(), c.pipeline().line());
        Object v = pipeline(undeclared, dot);
        List<Map.Entry<Object, Object>> items = new ArrayList<>();
        if (v instanceof Map<?, ?> m) {
            new java.util.TreeMap<>(m).forEach((k, e) -> items.add(Map.entry(k, e == null ? MISSING : e)));
        } else if (v instanceof Collection<?> col) {
            long i = 0;
            for (Object e : col) {
                items.add(Map.entry(i++, e == null ? MISSING : e));
            }
        } else if (v != null) {
            throw error(c.line(), "range can't iterate over " + Builtins.print(v));
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
        Object value = null;
        boolean first = true;
        for (Node.Command cmd : p.commands()) {
            value = command(cmd, dot, first ? MISSING : value, p);
            first = false;
        }
        for (String var : p.declare()) {
            if (p.assign() && !variables.containsKey(var)) {
                throw error(p.line(), "undefined variable: $" + var);
            }
            variables.put(var, value);
        }
        return value;
    }

    private Object command(Node.Command cmd, Object dot, Object piped, Node.Pipeline p) throws GoTemplateException {
        Node.Operand head = cmd.args().get(0);
        if (head instanceof Node.Identifier id) {
            List<Object> args = new ArrayList<>();
            for (int i = 1; i < cmd.args().size(); i++) {
                args.add(operand(cmd.args().get(i), dot, p));
            }
            if (piped != MISSING) {
                args.add(piped);
            }
            GoFunction f = functions.get(id.name());
            if (f == null) {
                throw error(p.line(), "function \"" + id.name() + "\" not defined");
            }
            try {
                return f.apply(args);
            } catch (GoTemplateException e) {
                throw e;
            } catch (Exception e) {
                throw error(p.line(), "executing \"" + name + "\" at <" + p.source() + ">: error calling "
                        + id.name() + ": " + e.getMessage());
            }
        }
        if (cmd.args().size() > 1 || piped != MISSING) {
            throw error(p.line(), "can't give argument to non-function " + p.source());
        }
        return operand(head, dot, p);
    }

    private Object operand(Node.Operand op, Object dot, Node.Pipeline p) throws GoTemplateException {
        if (op instanceof Node.Literal l) {
            return l.value();
        }
        if (op instanceof Node.Dot) {
            return dot;
        }
        if (op instanceof Node.Variable v) {
            if (!variables.containsKey(v.name())) {
                throw error(p.line(), "undefined variable: $" + v.name());
            }
            return variables.get(v.name());
        }
        if (op instanceof Node.Sub s) {
            return pipeline(s.pipeline(), dot);
        }
        if (op instanceof Node.Identifier id) {
            return command(new Node.Command(List.of(id)), dot, MISSING, p);
        }
        Node.Chain chain = (Node.Chain) op;
        Object base = operand(chain.base(), dot, p);
        for (String field : chain.fields()) {
            base = field(base, field, p);
        }
        return base;
    }

    private Object field(Object base, String field, Node.Pipeline p) throws GoTemplateException {
        if (base instanceof Map<?, ?> m) {
            if (!m.containsKey(field)) {
                throw error(p.line(), "executing \"" + name + "\" at <" + p.source() + ">: map has no entry for key \""
                        + field + "\"");
            }
            return m.get(field);
        }
        if (base != null && base.getClass().isRecord()) {
            for (RecordComponent rc : base.getClass().getRecordComponents()) {
                if (rc.getName().equals(field)) {
                    try {
                        Method m = rc.getAccessor();
                        m.setAccessible(true);
                        return m.invoke(base);
                    } catch (ReflectiveOperationException e) {
                        throw error(p.line(), "cannot read field " + field);
                    }
                }
            }
        }
        throw error(p.line(), "executing \"" + name + "\" at <" + p.source() + ">: can't evaluate field " + field
                + (base == null ? " in nil data" : " in type " + base.getClass().getSimpleName()));
    }

    private GoTemplateException error(int line, String message) {
        return new GoTemplateException("template: " + name + ":" + line + ": " + message);
    }
}
