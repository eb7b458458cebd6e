package io.jenkins.plugins.packer.engine.hcl.syntax;

import io.jenkins.plugins.packer.engine.hcl.Range;

/**
 * The flat "template tokens" a template's raw tokens are first turned into (literal text already unescaped
 * and stripped, interpolations, directive markers), before they are assembled into expressions.
 */
abstract class TemplatePart {

    Range range;

    TemplatePart(Range range) {
        this.range = range;
    }

    /** Literal text; mutable while strip markers, heredoc indentation and melding are applied. */
    static final class Literal extends TemplatePart {
        String value;

        Literal(String value, Range range) {
            super(range);
            this.value = value;
        }
    }

    /** {@code ${expr}}. */
    static final class Interp extends TemplatePart {
        final Expr expr;

        Interp(Expr expr, Range range) {
            super(range);
            this.expr = expr;
        }
    }

    /** {@code %{if cond}}. */
    static final class If extends TemplatePart {
        final Expr cond;

        If(Expr cond, Range range) {
            super(range);
            this.cond = cond;
        }
    }

    /** {@code %{for k, v in coll}}. */
    static final class For extends TemplatePart {
        final String keyVar;
        final String valVar;
        final Expr coll;

        For(String keyVar, String valVar, Expr coll, Range range) {
            super(range);
            this.keyVar = keyVar;
            this.valVar = valVar;
            this.coll = coll;
        }
    }

    /** {@code %{else}}, {@code %{endif}} or {@code %{endfor}}. */
    static final class EndCtrl extends TemplatePart {
        final String name;

        EndCtrl(String name, Range range) {
            super(range);
            this.name = name;
        }
    }

    /** The synthetic end of the template, for "unexpected end" diagnostics. */
    static final class End extends TemplatePart {
        End(Range range) {
            super(range);
        }
    }
}
