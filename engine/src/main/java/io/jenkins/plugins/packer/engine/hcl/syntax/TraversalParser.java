package io.jenkins.plugins.packer.engine.hcl.syntax;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.Traversal;
import io.jenkins.plugins.packer.engine.hcl.syntax.lex.Token;
import io.jenkins.plugins.packer.engine.hcl.syntax.lex.TokenType;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the postfix steps of a term: {@code .attr}, {@code [key]}, the legacy index {@code .0}, the
 * attribute-only splat {@code .*.a} and the full splat {@code [*].a[0]}. Constant keys become traversal steps;
 * other keys make an {@link IndexExpr}.
 */
final class TraversalParser {

    private final ParserState st;
    private final ExpressionParser exprs;

    TraversalParser(ParserState st, ExpressionParser exprs) {
        this.st = st;
        this.exprs = exprs;
    }

    /**
     * Parses the postfix steps after {@code from}. Runs of constant steps are collected and attached to their
     * base in one go (a traversal thousands of steps long costs linear time).
     */
    Expr parse(Expr from, Diagnostics diags) {
        Steps ret = new Steps(from);
        while (true) {
            Token next = st.peek();
            if (next.type() == TokenType.DOT) {
                parseDotStep(from, ret, diags);
            } else if (next.type() == TokenType.O_BRACK) {
                parseBracketStep(from, ret, diags);
            } else {
                return ret.build();
            }
            if (ret.pending.isEmpty()) {
                ret.base = st.bounded(ret.base, diags);
            }
        }
    }

    /** An expression under construction: a base plus constant steps not yet attached to it. */
    private static final class Steps {
        Expr base;
        final List<Traversal.Step> pending = new ArrayList<>();
        Range end;

        Steps(Expr base) {
            this.base = base;
        }

        void add(Traversal.Step step, Range rng) {
            pending.add(step);
            end = rng;
        }

        /** The base with the pending steps attached. */
        Expr build() {
            if (!pending.isEmpty()) {
                base = RelativeTraversalExpr.extend(base, pending, end);
                pending.clear();
            }
            return base;
        }

        void replace(Expr e) {
            pending.clear();
            base = e;
        }
    }

    private void parseDotStep(Expr from, Steps ret, Diagnostics diags) {
        Token dot = st.read();
        Token attrTok = st.peek();
        switch (attrTok.type()) {
            case IDENT -> {
                st.read();
                Range rng = Range.between(dot.range(), attrTok.range());
                ret.add(new Traversal.Attr(attrTok.text(), rng), rng);
            }
            case NUMBER_LIT -> {
                st.read();
                Range rng = Range.between(dot.range(), attrTok.range());
                ret.add(new Traversal.Index(legacyIndex(attrTok, attrTok, "Use the proper index syntax instead",
                        diags), rng), rng);
            }
            case STAR -> ret.replace(parseAttrSplat(from, ret.build(), dot, diags));
            default -> {
                diags.error("Invalid attribute name", "An attribute name is required after a dot.", attrTok.range());
                st.recovery = true;
                ret.replace(LiteralExpr.placeholder(Range.between(from.range(), dot.range())));
            }
        }
    }

    /** The key of a legacy index step {@code .0}; {@code .0.1} (one number token) is an error. */
    private Value legacyIndex(Token numTok, Token subject, String advice, Diagnostics diags) {
        String text = numTok.text();
        int dotIdx = text.indexOf('.');
        if (dotIdx >= 0) {
            diags.error("Invalid legacy index syntax", "When using the legacy index syntax, chaining two indexes "
                    + "together is not permitted. " + advice + ", like [" + text.substring(0, dotIdx) + "]["
                    + text.substring(dotIdx + 1) + "].", subject.range());
            return Value.DYNAMIC;
        }
        return exprs.numberValue(numTok, diags);
    }

    private Expr parseAttrSplat(Expr from, Expr ret, Token dot, Diagnostics diags) {
        Token marker = st.read();
        List<Traversal.Step> trav = new ArrayList<>();
        Range firstRange = st.peeker.nextRange();
        Range lastRange = marker.range();
        while (st.peek().type() == TokenType.DOT) {
            Token dot2 = st.read();
            Token t = st.peek();
            if (t.type() == TokenType.NUMBER_LIT) {
                st.read();
                Value key = legacyIndex(t, marker,
                        "Use the proper index syntax with a full splat expression [*] instead", diags);
                trav.add(new Traversal.Index(key, Range.between(dot2.range(), t.range())));
                lastRange = t.range();
                continue;
            }
            if (t.type() != TokenType.IDENT) {
                if (!st.recovery) {
                    if (t.type() == TokenType.STAR) {
                        diags.error("Nested splat expression not allowed", "A splat expression (*) cannot be used "
                                + "inside another attribute-only splat expression.", t.range());
                    } else {
                        diags.error("Invalid attribute name", "An attribute name is required after a dot.",
                                marker.range());
                    }
                }
                st.recovery = true;
                return ret;
            }
            st.read();
            trav.add(new Traversal.Attr(t.text(), Range.between(dot2.range(), t.range())));
            lastRange = t.range();
        }
        AnonSymbolExpr item = new AnonSymbolExpr(Range.between(dot.range(), marker.range()));
        Expr each = trav.isEmpty() ? item
                : new RelativeTraversalExpr(item, trav, Range.between(firstRange, lastRange));
        return new SplatExpr(ret, each, item, Range.between(from.range(), lastRange),
                Range.between(dot.range(), marker.range()));
    }

    private void parseBracketStep(Expr from, Steps ret, Diagnostics diags) {
        Token open = st.read();
        if (st.peek().type() == TokenType.STAR) {
            st.read();
            Token close = st.read();
            if (close.type() != TokenType.C_BRACK && !st.recovery) {
                diags.error("Missing close bracket on splat index", "The star for a full splat operator must be "
                        + "immediately followed by a closing bracket (\"]\").", close.range());
                close = st.recover(TokenType.C_BRACK);
            }
            AnonSymbolExpr item = new AnonSymbolExpr(Range.between(open.range(), close.range()));
            if (!st.enter(diags)) {
                ret.replace(LiteralExpr.placeholder(Range.between(from.range(), close.range())));
                return;
            }
            Expr each;
            try {
                each = parse(item, diags);
            } finally {
                st.leave();
            }
            ret.replace(new SplatExpr(ret.build(), each, item, Range.between(from.range(), each.range()),
                    Range.between(open.range(), close.range())));
            return;
        }
        st.peeker.pushIncludeNewlines(false);
        Token close;
        Expr key;
        try {
            Diagnostics keyDiags = new Diagnostics();
            key = exprs.parseExpression(keyDiags);
            diags.addAll(keyDiags);
            if (st.recovery && keyDiags.hasErrors()) {
                close = st.recover(TokenType.C_BRACK);
            } else {
                close = st.read();
                if (close.type() != TokenType.C_BRACK && !st.recovery) {
                    diags.error("Missing close bracket on index",
                            "The index operator must end with a closing bracket (\"]\").", close.range());
                    close = st.recover(TokenType.C_BRACK);
                }
            }
        } finally {
            st.peeker.popIncludeNewlines();
        }
        Range rng = Range.between(open.range(), close.range());
        if (key instanceof LiteralExpr lit) {
            ret.add(new Traversal.Index(lit.literal(), rng), rng);
        } else if (key instanceof TemplateExpr t && t.isStringLiteral()) {
            ret.add(new Traversal.Index(Value.string(t.literalText()), rng), rng);
        } else {
            ret.replace(new IndexExpr(ret.build(), key, open.range(), rng));
        }
    }
}
