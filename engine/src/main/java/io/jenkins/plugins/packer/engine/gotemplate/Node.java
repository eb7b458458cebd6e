package io.jenkins.plugins.packer.engine.gotemplate;

import java.util.List;

/** The parse tree of a Go template. */
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
    record Pipeline(List<String> declare, boolean assign, List<Command> commands, String source, int line) {
    }

    /** One command: an operand or a function name followed by arguments. */
    record Command(List<Operand> args) {
    }

    /** An argument of a command. */
    sealed interface Operand {
    }

    /** A literal: string, number, bool or nil. */
    record Literal(Object value) implements Operand {
    }

    /** {@code .}, {@code .A.B}, {@code $x.A}, {@code (pipeline).A}: a base followed by field names. */
    record Chain(Operand base, List<String> fields) implements Operand {
    }

    /** The dot: the current data. */
    record Dot() implements Operand {
    }

    /** {@code $name} or {@code $}. */
    record Variable(String name) implements Operand {
    }

    /** A function name. */
    record Identifier(String name) implements Operand {
    }

    /** {@code ( pipeline )}. */
    record Sub(Pipeline pipeline) implements Operand {
    }
}
