package io.jenkins.plugins.packer.engine.hcl.syntax;

import io.jenkins.plugins.packer.engine.hcl.Pos;
import io.jenkins.plugins.packer.engine.hcl.Range;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code <<-} rule: find the smallest number of leading space characters over the line-leading literals
 * (blank lines do not count) and remove that many from each of them. It works on the literal parts, so
 * interpolated text never changes the indentation.
 */
final class HeredocIndent {

    private HeredocIndent() {
    }

    static void flush(List<TemplatePart> parts) {
        int minSpaces = Integer.MAX_VALUE;
        boolean newline = true;
        List<TemplatePart.Literal> adjust = new ArrayList<>();
        for (TemplatePart part : parts) {
            if (newline) {
                newline = false;
                int spaces = Integer.MAX_VALUE;
                if (part instanceof TemplatePart.Literal lit) {
                    String trimmed = Spaces.trimLeft(lit.value);
                    if (!(trimmed.isEmpty() && lit.value.endsWith("\n"))) {
                        String prefix = lit.value.substring(0, lit.value.length() - trimmed.length());
                        spaces = prefix.codePointCount(0, prefix.length());
                        adjust.add(lit);
                    }
                } else if (part instanceof TemplatePart.End) {
                    break;
                } else {
                    spaces = 0;
                }
                minSpaces = Math.min(minSpaces, spaces);
            }
            if (part instanceof TemplatePart.Literal lit && lit.value.endsWith("\n")) {
                newline = true;
            }
        }
        if (minSpaces == Integer.MAX_VALUE) {
            return;
        }
        for (TemplatePart.Literal lit : adjust) {
            int cut = lit.value.offsetByCodePoints(0, Math.min(minSpaces, lit.value.codePointCount(0,
                    lit.value.length())));
            String removed = lit.value.substring(0, cut);
            lit.value = lit.value.substring(cut);
            Pos s = lit.range.start();
            int bytes = removed.getBytes(StandardCharsets.UTF_8).length;
            lit.range = new Range(lit.range.filename(), new Pos(s.line(), s.column() + minSpaces,
                    s.byteOffset() + bytes), lit.range.end());
        }
    }
}
