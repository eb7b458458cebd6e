package io.jenkins.plugins.packer.engine.hcl.write;

import io.jenkins.plugins.packer.engine.hcl.syntax.lex.TokenType;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of tokens split into hclwrite's three cells: {@code lead} (always present), {@code assign} (from
 * the {@code =} of a single-line attribute to the end) and {@code comment} (a trailing line comment). The
 * first token of each cell is what gets aligned with the neighbouring lines.
 */
final class FormatLine {

    List<WriterToken> lead;
    List<WriterToken> assign;
    List<WriterToken> comment;

    private FormatLine(List<WriterToken> lead) {
        this.lead = lead;
    }

    /**
     * Splits tokens into lines. A line ends after a newline token or after a line comment (which includes
     * its newline); the end-of-file token belongs to no line.
     */
    static List<FormatLine> split(List<WriterToken> tokens) {
        List<FormatLine> lines = new ArrayList<>();
        int lineStart = 0;
        int i = 0;
        for (; i < tokens.size(); i++) {
            WriterToken t = tokens.get(i);
            if (t.is(TokenType.EOF)) {
                break;
            }
            if (endsLine(t)) {
                lines.add(new FormatLine(tokens.subList(lineStart, i + 1)));
                lineStart = i + 1;
            }
        }
        lines.add(new FormatLine(tokens.subList(lineStart, i)));
        for (FormatLine line : lines) {
            line.splitCells();
        }
        return lines;
    }

    static boolean endsLine(WriterToken t) {
        return t.is(TokenType.NEWLINE) || (t.is(TokenType.COMMENT) && t.lastByte() == '\n');
    }

    private void splitCells() {
        if (lead.isEmpty()) {
            return;
        }
        if (lead.size() > 1 && lead.get(lead.size() - 1).is(TokenType.COMMENT)) {
            comment = lead.subList(lead.size() - 1, lead.size());
            lead = lead.subList(0, lead.size() - 1);
        }
        for (int i = 1; i < lead.size(); i++) {
            if (!lead.get(i).is(TokenType.EQUAL)) {
                continue;
            }
            // Only a whole expression goes into the assign cell; an opening bracket left open means the
            // value continues on the next lines.
            int net = 0;
            for (WriterToken t : lead.subList(i, lead.size())) {
                net += TokenSpacing.bracketChange(t.type());
            }
            if (net == 0) {
                assign = lead.subList(i, lead.size());
                lead = lead.subList(0, i);
            }
            break;
        }
    }
}
