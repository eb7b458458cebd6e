package io.jenkins.plugins.packer.engine.gotemplate;

import io.jenkins.plugins.packer.engine.gotemplate.Token.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Builds the node tree from tokens; checks that every function named exists, as Go does at parse time. */
final class Parser {

    private final String name;
    private final List<Token> tokens;
    private final Set<String> functions;
    /** Variables in scope, as Go's parser tracks them ({@code $} is always there). */
    private final List<String> vars = new ArrayList<>(List.of(""));
    private int pos;

    private Parser(String name, List<Token> tokens, Set<String> functions) {
        this.name = name;
        this.tokens = tokens;
        this.functions = functions;
    }

    static List<Node> parse(String name, String src, Set<String> functions) throws GoTemplateException {
        Parser p = new Parser(name, Lexer.lex(name, src), functions);
        List<Node> nodes = new ArrayList<>();
        String end = p.list(nodes);
        if (end != null) {
            throw p.error("unexpected {{" + end + "}}");
        }
        return nodes;
    }

    /** Parses nodes until EOF (returns null) or an {@code end}/{@code else} action (returns the keyword). */
    private String list(List<Node> into) throws GoTemplateException {
        while (true) {
            Token t = next();
            switch (t.kind()) {
                case EOF -> {
                    return null;
                }
                case TEXT -> into.add(new Node.Text(t.text(), t.line()));
                case LEFT -> {
                    Token k = peek();
                    if (k.kind() == Kind.KEYWORD) {
                        next();
                        switch (k.text()) {
                            case "end" -> {
                                expect(Kind.RIGHT);
                                return "end";
                            }
                            case "else" -> {
                                return "else";
                            }
                            case "if", "with", "range" -> into.add(control(k));
                            default -> throw error("{{" + k.text() + "}} is not supported");
                        }
                    } else {
                        into.add(new Node.Action(pipeline(Kind.RIGHT), t.line()));
                    }
                }
                default -> throw error("unexpected " + t.text());
            }
        }
    }

    private Node control(Token keyword) throws GoTemplateException {
        int scope = vars.size();
        try {
            return controlInScope(keyword);
        } finally {
            vars.subList(scope, vars.size()).clear();
        }
    }

    private Node controlInScope(Token keyword) throws GoTemplateException {
        Node.Pipeline pipe = pipeline(Kind.RIGHT);
        List<Node> body = new ArrayList<>();
        String end = list(body);
        if (end == null) {
            throw error("unexpected EOF");
        }
        List<Node> elseBody = List.of();
        if (end.equals("else")) {
            Token after = peek();
            if (after.kind() == Kind.KEYWORD && after.text().equals("if") && keyword.text().equals("if")) {
                // {{else if x}} is {{else}}{{if x}}...{{end}} sharing the outer end
                next();
                elseBody = List.of(control(after));
                return new Node.Control(keyword.text(), pipe, body, elseBody, keyword.line());
            }
            expect(Kind.RIGHT);
            List<Node> eb = new ArrayList<>();
            String end2 = list(eb);
            if (!"end".equals(end2)) {
                throw error("expected end; found " + (end2 == null ? "EOF" : end2));
            }
            elseBody = eb;
        }
        return new Node.Control(keyword.text(), pipe, body, elseBody, keyword.line());
    }

    private Node.Pipeline pipeline(Kind closer) throws GoTemplateException {
        int line = peek().line();
        int start = peek().pos();
        List<String> declare = new ArrayList<>();
        boolean assign = false;
        if (peek().kind() == Kind.VARIABLE && (peekAt(1).kind() == Kind.DECLARE || peekAt(1).kind() == Kind.ASSIGN
                || peekAt(1).kind() == Kind.COMMA)) {
            declare.add(next().text());
            if (peek().kind() == Kind.COMMA) {
                next();
                declare.add(expect(Kind.VARIABLE).text());
            }
            assign = next().kind() == Kind.ASSIGN;
            for (String d : declare) {
                if (assign && !vars.contains(d)) {
                    throw error("undefined variable \"$" + d + "\"");
                }
                if (!assign) {
                    vars.add(d);
                }
            }
        }
        List<Node.Command> commands = new ArrayList<>();
        while (true) {
            List<Node.Operand> args = new ArrayList<>();
            int cmdPos = peek().pos();
            while (peek().kind() != Kind.PIPE && peek().kind() != closer) {
                if (peek().kind() == Kind.EOF) {
                    throw error("unclosed action");
                }
                args.add(operand());
            }
            if (args.isEmpty()) {
                throw error("missing value for command");
            }
            commands.add(new Node.Command(args, cmdPos));
            if (peek().kind() == Kind.PIPE) {
                next();
                continue;
            }
            next();
            break;
        }
        return new Node.Pipeline(declare, assign, commands, line, start);
    }

    private Node.Operand operand() throws GoTemplateException {
        Token t = next();
        Node.Operand base;
        switch (t.kind()) {
            case STRING, RAW_STRING -> base = new Node.Literal(t.text(), t.source(), t.pos());
            case BOOL -> base = new Node.Literal(Boolean.parseBoolean(t.text()), t.source(), t.pos());
            case NIL -> base = new Node.Literal(null, "nil", t.pos());
            case NUMBER -> base = new Node.Literal(number(t.text()), t.source(), t.pos());
            case DOT -> base = new Node.Dot(t.pos());
            case VARIABLE -> {
                if (!vars.contains(t.text())) {
                    throw error("undefined variable \"$" + t.text() + "\"");
                }
                base = new Node.Variable(t.text(), t.pos());
            }
            case FIELD -> {
                List<String> fields = new ArrayList<>();
                fields.add(t.text());
                while (peek().kind() == Kind.FIELD) {
                    fields.add(next().text());
                }
                return new Node.Chain(new Node.Dot(t.pos()), fields, t.pos());
            }
            case IDENT -> {
                if (!functions.contains(t.text())) {
                    throw error("function \"" + t.text() + "\" not defined");
                }
                return new Node.Identifier(t.text(), t.pos());
            }
            case LPAREN -> base = new Node.Sub(pipeline(Kind.RPAREN), t.pos());
            default -> throw error("unexpected \"" + t.text() + "\" in operand");
        }
        if (peek().kind() == Kind.FIELD) {
            List<String> fields = new ArrayList<>();
            while (peek().kind() == Kind.FIELD) {
                fields.add(next().text());
            }
            return new Node.Chain(base, fields, t.pos());
        }
        return base;
    }

    private Object number(String text) throws GoTemplateException {
        try {
            String clean = text.replace("_", "");
            if (clean.matches("[+-]?\\d+")) {
                return Long.parseLong(clean);
            }
            if (clean.matches("[+-]?0[xX][0-9a-fA-F]+")) {
                return Long.parseLong(clean.replaceFirst("0[xX]", ""), 16);
            }
            return new BigDecimal(clean).doubleValue();
        } catch (NumberFormatException e) {
            throw error("bad number syntax: \"" + text + "\"");
        }
    }


    private Token next() {
        return tokens.get(Math.min(pos++, tokens.size() - 1));
    }

    private Token peek() {
        return tokens.get(Math.min(pos, tokens.size() - 1));
    }

    private Token peekAt(int ahead) {
        return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
    }

    private Token expect(Kind kind) throws GoTemplateException {
        Token t = next();
        if (t.kind() != kind) {
            throw error("unexpected \"" + t.text() + "\"");
        }
        return t;
    }

    private GoTemplateException error(String message) {
        return new GoTemplateException("template: " + name + ":" + tokens.get(Math.max(0, Math.min(pos - 1, tokens.size() - 1))).line() + ": " + message);
    }
}
