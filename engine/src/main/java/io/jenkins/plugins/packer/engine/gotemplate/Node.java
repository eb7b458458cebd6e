package io.jenkins.plugins.packer.engine.gotemplate;

import java.util.List;
import java.util.stream.Collectors;

/** The parse tree of a Go template. Positions are offsets into the template source. */
sealed interface Node {

    int line();

    /** Literal text between actions. */
    record Text(String text, int line) implements Node {
    }

    /** {@code {{ pipeline }}}: its value is printed (unless it only declares variables). */
    record Action(Pipeline pipeline, int line) implements Node {
    }

    /** {@code if}, {@code with} or {@code range} with its bodies. */
    record Control(String keyword, Pipeline pipeline, List<Node> body, List<Node> elseBody, int line)
            implements Node {
    }

    /** A pipeline: optional variable declarations, then commands joined by {@code |}. */
    record Pipeline(List<String> declare, boolean assign, List<Command> commands, int line, int pos) {

        /** The pipeline as Go prints it in error messages. */
        String describe() {
            String decl = declare.isEmpty() ? ""
                    : declare.stream().map(d -> "$" + d).collect(Collectors.joining(", "))
                            + (assign ? " = " : " := ");
            return decl + commands.stream().map(Command::describe).collect(Collectors.joining(" | "));
        }
    }

    /** One command: an operand or a function name followed by arguments. */
    record Command(List<Operand> args, int pos) {

        String describe() {
            return args.stream().map(a -> a instanceof Sub s ? "(" + s.pipeline().describe() + ")" : a.describe())
                    .collect(Collectors.joining(" "));
        }
    }

    /** An argument of a command. */
    sealed interface Operand {

        int pos();

        /** The operand as Go prints it in error messages ({@code .A.B}, {@code "quoted"}, {@code $x}). */
        String describe();
    }

    /** A literal: string, number, bool or nil; {@code source} is how it was written. */
    record Literal(Object value, String source, int pos) implements Operand {
        @Override
        public String describe() {
            return source;
        }
    }

    /** {@code .A.B}, {@code $x.A}, {@code (pipeline).A}: a base followed by field names. */
    record Chain(Operand base, List<String> fields, int pos) implements Operand {
        @Override
        public String describe() {
            String b = base instanceof Dot ? "" : base instanceof Sub s ? "(" + s.pipeline().describe() + ")"
                    : base.describe();
            return b + fields.stream().map(f -> "." + f).collect(Collectors.joining());
        }
    }

    /** The dot: the current data. */
    record Dot(int pos) implements Operand {
        @Override
        public String describe() {
            return ".";
        }
    }

    /** {@code $name} or {@code $} (empty name). */
    record Variable(String name, int pos) implements Operand {
        @Override
        public String describe() {
            return "$" + name;
        }
    }

    /** A function name. */
    record Identifier(String name, int pos) implements Operand {
        @Override
        public String describe() {
            return name;
        }
    }

    /** {@code ( pipeline )}. */
    record Sub(Pipeline pipeline, int pos) implements Operand {
        @Override
        public String describe() {
            return pipeline.describe();
        }
    }
}
