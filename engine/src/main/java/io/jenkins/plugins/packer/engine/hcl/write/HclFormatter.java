package io.jenkins.plugins.packer.engine.hcl.write;

import io.jenkins.plugins.packer.engine.hcl.Pos;
import io.jenkins.plugins.packer.engine.hcl.syntax.lex.Lexer;
import io.jenkins.plugins.packer.engine.hcl.syntax.lex.Token;
import io.jenkins.plugins.packer.engine.hcl.syntax.lex.TokenType;
import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Canonical formatting of HCL native syntax, as hashicorp/hcl's {@code hclwrite.Format} (what {@code packer fmt}
 * and {@code terraform fmt} apply): indentation of two spaces per bracket level, one space or none between
 * tokens by fixed rules, {@code =} aligned within runs of single-line attributes, trailing comments aligned
 * within runs of commented lines. Only the whitespace between tokens changes: comments, heredocs and blank
 * lines stay as written, and a file's meaning never changes.
 *
 * <p>Like hclwrite it works on tokens, so it accepts any input; callers that must not touch invalid files
 * (Packer's {@code fmt}) parse first.
 */
public final class HclFormatter {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private HclFormatter() {
    }

    /** The canonically formatted form of {@code src}. */
    public static byte[] format(byte[] src) {
        boolean bom = src.length >= 3 && src[0] == BOM[0] && src[1] == BOM[1] && src[2] == BOM[2];
        List<Token> lexed = Lexer.scan(src, "", Pos.START, Lexer.Mode.NORMAL);
        List<WriterToken> tokens = new ArrayList<>(lexed.size());
        int lastEnd = bom ? BOM.length : 0;
        for (Token t : lexed) {
            tokens.add(new WriterToken(t, t.start() - lastEnd));
            lastEnd = t.end();
        }
        List<FormatLine> lines = FormatLine.split(tokens);
        indent(lines);
        space(lines);
        align(lines);
        ByteArrayOutputStream out = new ByteArrayOutputStream(src.length + 64);
        if (bom) {
            out.write(BOM, 0, BOM.length);
        }
        for (WriterToken t : tokens) {
            t.writeTo(out);
        }
        return out.toByteArray();
    }

    /**
     * Indents each line by two spaces per open bracket level. A line that opens brackets pushes one level
     * (however many it opened); a line that closes them pops levels until the closed brackets are used up,
     * which keeps lopsided input such as {@code [[} ... {@code ]]} sensible.
     */
    private static void indent(List<FormatLine> lines) {
        Deque<Integer> indents = new ArrayDeque<>();
        for (FormatLine line : lines) {
            if (line.lead.isEmpty()) {
                continue;
            }
            WriterToken first = line.lead.get(0);
            if (first.is(TokenType.NEWLINE)) {
                first.spacesBefore = 0;
                continue;
            }
            int net = 0;
            for (WriterToken t : line.lead) {
                net += TokenSpacing.bracketChange(t.type());
                if (t.is(TokenType.O_HEREDOC)) {
                    break; // what follows is heredoc text, whatever brackets it holds
                }
            }
            if (line.assign != null) {
                for (WriterToken t : line.assign) {
                    net += TokenSpacing.bracketChange(t.type());
                }
            }
            if (net > 0) {
                first.spacesBefore = 2 * indents.size();
                indents.push(net);
            } else if (net < 0) {
                int closed = -net;
                while (closed > 0 && !indents.isEmpty()) {
                    int top = indents.peek();
                    if (closed >= top) {
                        closed -= top;
                        indents.pop();
                    } else {
                        indents.pop();
                        indents.push(top - closed);
                        closed = 0;
                    }
                }
                first.spacesBefore = 2 * indents.size();
            } else {
                first.spacesBefore = 2 * indents.size();
            }
        }
    }

    /** Sets the spaces between neighbouring tokens of the lead and assign cells. */
    private static void space(List<FormatLine> lines) {
        for (FormatLine line : lines) {
            spaceCell(line.lead);
            if (line.assign != null) {
                line.assign.get(0).spacesBefore = 1;
                spaceCell(line.assign);
            }
        }
    }

    private static void spaceCell(List<WriterToken> cell) {
        for (int i = 0; i + 1 < cell.size(); i++) {
            TokenType before = i > 0 ? cell.get(i - 1).type() : TokenType.NIL;
            WriterToken after = cell.get(i + 1);
            after.spacesBefore = TokenSpacing.spaceAfter(cell.get(i), before, after) ? 1 : 0;
        }
    }

    /** Aligns the {@code =} of consecutive attribute lines, then the comments of consecutive commented lines. */
    private static void align(List<FormatLine> lines) {
        int chainStart = -1;
        int max = 0;
        for (int i = 0; i <= lines.size(); i++) {
            FormatLine line = i < lines.size() ? lines.get(i) : null;
            if (line != null && line.assign != null) {
                chainStart = chainStart < 0 ? i : chainStart;
                max = Math.max(max, WriterToken.columns(line.lead));
            } else if (chainStart >= 0) {
                for (FormatLine l : lines.subList(chainStart, i)) {
                    l.assign.get(0).spacesBefore = max - WriterToken.columns(l.lead) + 1;
                }
                chainStart = -1;
                max = 0;
            }
        }
        for (int i = 0; i <= lines.size(); i++) {
            FormatLine line = i < lines.size() ? lines.get(i) : null;
            if (line != null && line.comment != null) {
                chainStart = chainStart < 0 ? i : chainStart;
                max = Math.max(max, WriterToken.columns(line.lead) + WriterToken.columns(line.assign));
            } else if (chainStart >= 0) {
                for (FormatLine l : lines.subList(chainStart, i)) {
                    int cols = WriterToken.columns(l.lead) + WriterToken.columns(l.assign);
                    l.comment.get(0).spacesBefore = max - cols + 1;
                }
                chainStart = -1;
                max = 0;
            }
        }
    }
}
