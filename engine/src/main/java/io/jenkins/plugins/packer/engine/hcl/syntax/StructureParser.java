package io.jenkins.plugins.packer.engine.hcl.syntax;

import io.jenkins.plugins.packer.engine.hcl.value.Quote;

import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.Severity;
import io.jenkins.plugins.packer.engine.hcl.syntax.lex.Token;
import io.jenkins.plugins.packer.engine.hcl.syntax.lex.TokenType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses bodies: attributes, blocks with labels, one-line blocks, with hashicorp/hcl's diagnostics and error
 * recovery (skip to the end of the broken item and go on).
 */
final class StructureParser {

    private final ParserState st;
    private final ExpressionParser exprs;

    StructureParser(ParserState st, ExpressionParser exprs) {
        this.st = st;
        this.exprs = exprs;
    }

    /** Parses body items until {@code end} (EOF for a file, a closing brace for a block). */
    SyntaxBody parseBody(TokenType end, Diagnostics diags) {
        Map<String, SyntaxAttribute> attrs = new LinkedHashMap<>();
        List<SyntaxBlock> blocks = new ArrayList<>();
        Range startRange = st.peeker.prevRange();
        Range endRange;
        while (true) {
            Token next = st.peek();
            if (next.type() == end) {
                endRange = next.range();
                st.read();
                break;
            }
            if (next.type() == TokenType.NEWLINE) {
                st.read();
                continue;
            }
            if (next.type() == TokenType.IDENT) {
                Object item = parseBodyItem(diags);
                if (item instanceof SyntaxBlock b) {
                    blocks.add(b);
                } else if (item instanceof SyntaxAttribute a) {
                    SyntaxAttribute existing = attrs.get(a.name());
                    if (existing != null) {
                        diags.error("Attribute redefined", "The argument " + Quote.go(a.name()) + " was already set at "
                                + existing.nameRange() + ". Each argument may be set only once.", a.nameRange());
                    } else {
                        attrs.put(a.name(), a);
                    }
                }
                continue;
            }
            Token bad = st.read();
            if (!st.recovery) {
                if (bad.type() == TokenType.O_QUOTE) {
                    diags.error("Invalid argument name", "Argument names must not be quoted.", bad.range());
                } else if (bad.type() == TokenType.EOF) {
                    if (end == TokenType.C_BRACE) {
                        diags.error("Unclosed configuration block", "There is no closing brace for this block before "
                                + "the end of the file. This may be caused by incorrect brace nesting elsewhere in "
                                + "this file.", startRange);
                    } else {
                        diags.error("Unclosed configuration body",
                                "Found end of file before the end of this configuration body.", startRange);
                    }
                } else {
                    diags.error("Argument or block definition required",
                            "An argument or block definition is required here.", bad.range());
                }
            }
            endRange = st.peeker.prevRange();
            st.recover(end);
            break;
        }
        return new SyntaxBody(attrs, blocks, Range.between(startRange, endRange),
                Range.at(endRange.filename(), endRange.end()));
    }

    /** An attribute, a block, or null after a reported error. */
    private Object parseBodyItem(Diagnostics diags) {
        Token ident = st.read();
        Token next = st.peek();
        switch (next.type()) {
            case EQUAL:
                return finishAttribute(ident, false, diags);
            case O_QUOTE:
            case O_BRACE:
            case IDENT:
                return finishBlock(ident, diags);
            default:
                st.recoverAfterBodyItem();
                diags.error("Argument or block definition required", "An argument or block definition is required "
                        + "here. To set an argument, use the equals sign \"=\" to introduce the argument value.",
                        ident.range());
                return null;
        }
    }

    private SyntaxAttribute finishAttribute(Token ident, boolean singleLine, Diagnostics diags) {
        Token eq = st.read();
        Diagnostics exprDiags = new Diagnostics();
        Expr expr = exprs.parseExpression(exprDiags);
        diags.addAll(exprDiags);
        Range endRange;
        if (st.recovery && exprDiags.hasErrors()) {
            endRange = st.peeker.prevRange();
            st.recoverAfterBodyItem();
        } else {
            endRange = st.peeker.prevRange();
            if (!singleLine) {
                Token end = st.peek();
                if (end.type() != TokenType.NEWLINE && end.type() != TokenType.EOF) {
                    if (!st.recovery) {
                        String summary = "Missing newline after argument";
                        String detail = "An argument definition must end with a newline.";
                        if (end.type() == TokenType.COMMA) {
                            summary = "Unexpected comma after argument";
                            detail = "Argument definitions must be separated by newlines, not commas. " + detail;
                        }
                        diags.add(new Diagnostic(Severity.ERROR, summary, detail, end.range(),
                                Range.between(ident.range(), end.range())));
                    }
                    endRange = st.peeker.prevRange();
                    st.recoverAfterBodyItem();
                } else {
                    endRange = st.peeker.prevRange();
                    st.read();
                }
            }
        }
        return new SyntaxAttribute(ident.text(), expr, Range.between(ident.range(), endRange), ident.range(),
                eq.range());
    }

    private SyntaxBlock finishBlock(Token ident, Diagnostics diags) {
        List<String> labels = new ArrayList<>();
        List<Range> labelRanges = new ArrayList<>();
        Token oBrace;
        while (true) {
            Token tok = st.peek();
            if (tok.type() == TokenType.O_BRACE) {
                oBrace = st.read();
                break;
            }
            if (tok.type() == TokenType.O_QUOTE) {
                exprs.templates().parseQuotedStringLiteral(labels, labelRanges, diags);
                continue;
            }
            if (tok.type() == TokenType.IDENT) {
                st.read();
                labels.add(tok.text());
                labelRanges.add(tok.range());
                continue;
            }
            Range context = Range.between(ident.range(), tok.range());
            if (tok.type() == TokenType.EQUAL) {
                diags.add(new Diagnostic(Severity.ERROR, "Invalid block definition", "The equals sign \"=\" indicates "
                        + "an argument definition, and must not be used when defining a block.", tok.range(), context));
            } else if (tok.type() == TokenType.NEWLINE) {
                diags.add(new Diagnostic(Severity.ERROR, "Invalid block definition", "A block definition must have "
                        + "block content delimited by \"{\" and \"}\", starting on the same line as the block header.",
                        tok.range(), context));
            } else if (!st.recovery) {
                diags.add(new Diagnostic(Severity.ERROR, "Invalid block definition", "Either a quoted string block "
                        + "label or an opening brace (\"{\") is expected here.", tok.range(), context));
            }
            st.recoverAfterBodyItem();
            Range last = labelRanges.isEmpty() ? ident.range() : labelRanges.get(labelRanges.size() - 1);
            SyntaxBody empty = new SyntaxBody(Map.of(), List.of(), ident.range(), ident.range());
            return new SyntaxBlock(ident.text(), labels, empty, ident.range(), labelRanges, ident.range(), last);
        }
        if (!st.enter(diags)) {
            SyntaxBody empty = new SyntaxBody(Map.of(), List.of(), oBrace.range(), oBrace.range());
            return new SyntaxBlock(ident.text(), labels, empty, ident.range(), labelRanges, oBrace.range(),
                    oBrace.range());
        }
        try {
            return finishBlockBody(ident, labels, labelRanges, oBrace, diags);
        } finally {
            st.leave();
        }
    }

    private SyntaxBlock finishBlockBody(Token ident, List<String> labels, List<Range> labelRanges, Token oBrace,
            Diagnostics diags) {
        Diagnostics blockDiags = new Diagnostics();
        Diagnostics bodyDiags = new Diagnostics();
        SyntaxBody body;
        TokenType first = st.peek().type();
        if (first == TokenType.NEWLINE || first == TokenType.EOF || first == TokenType.C_BRACE) {
            body = parseBody(TokenType.C_BRACE, bodyDiags);
        } else {
            body = parseSingleAttrBody(bodyDiags);
            Token after = st.peek();
            switch (after.type()) {
                case C_BRACE -> st.read();
                case COMMA -> {
                    blockDiags.error("Invalid single-argument block definition", "Single-line block syntax can "
                            + "include only one argument definition. To define multiple arguments, use the multi-line "
                            + "block syntax with one argument definition per line.", after.range());
                    st.recover(TokenType.C_BRACE);
                }
                case NEWLINE -> {
                    blockDiags.error("Invalid single-argument block definition", "An argument definition on the same "
                            + "line as its containing block creates a single-line block definition, which must also "
                            + "be closed on the same line. Place the block's closing brace immediately after the "
                            + "argument definition.", after.range());
                    st.recover(TokenType.C_BRACE);
                }
                default -> {
                    if (!st.recovery) {
                        if (after.type() == TokenType.EOF) {
                            blockDiags.add(new Diagnostic(Severity.ERROR, "Unclosed configuration block", "There is no "
                                    + "closing brace for this block before the end of the file. This may be caused by "
                                    + "incorrect brace nesting elsewhere in this file.", oBrace.range(),
                                    Range.between(ident.range(), oBrace.range())));
                        } else {
                            blockDiags.error("Invalid single-argument block definition", "A single-line block "
                                    + "definition must end with a closing brace immediately after its single argument "
                                    + "definition.", after.range());
                        }
                    }
                    st.recover(TokenType.C_BRACE);
                }
            }
        }
        blockDiags.addAll(bodyDiags);
        Range cBraceRange = st.peeker.prevRange();
        Token eol = st.peek();
        if (eol.type() == TokenType.NEWLINE || eol.type() == TokenType.EOF) {
            st.read();
        } else {
            if (!st.recovery) {
                blockDiags.add(new Diagnostic(Severity.ERROR, "Missing newline after block definition",
                        "A block definition must end with a newline.", eol.range(),
                        Range.between(ident.range(), eol.range())));
            }
            st.recoverAfterBodyItem();
        }
        if (body == null) {
            body = new SyntaxBody(Map.of(), List.of(), Range.between(oBrace.range(), cBraceRange), cBraceRange);
        }
        diags.addAll(blockDiags);
        return new SyntaxBlock(ident.text(), labels, body, ident.range(), labelRanges, oBrace.range(), cBraceRange);
    }

    /** The body of {@code a { b = c }}: exactly one attribute on the block's line; null after an error. */
    private SyntaxBody parseSingleAttrBody(Diagnostics diags) {
        Token ident = st.read();
        if (ident.type() != TokenType.IDENT) {
            st.recoverAfterBodyItem();
            diags.error("Argument or block definition required", "An argument or block definition is required here.",
                    ident.range());
            return null;
        }
        Token next = st.peek();
        switch (next.type()) {
            case EQUAL -> {
                SyntaxAttribute attr = finishAttribute(ident, true, diags);
                return new SyntaxBody(Map.of(attr.name(), attr), List.of(), attr.range(),
                        Range.at(attr.range().filename(), attr.range().end()));
            }
            case O_QUOTE, O_BRACE, IDENT -> {
                st.recoverAfterBodyItem();
                diags.error("Argument definition required", "A single-line block definition can contain only a "
                        + "single argument. If you meant to define argument " + Quote.go(ident.text()) + ", use an "
                        + "equals sign to assign it a value. To define a nested block, place it on a line of its own "
                        + "within its parent block.", Range.between(ident.range(), next.range()));
                return null;
            }
            default -> {
                st.recoverAfterBodyItem();
                diags.error("Argument or block definition required", "An argument or block definition is required "
                        + "here. To set an argument, use the equals sign \"=\" to introduce the argument value.",
                        ident.range());
                return null;
            }
        }
    }
}
