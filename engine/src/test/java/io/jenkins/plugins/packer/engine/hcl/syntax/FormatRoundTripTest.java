package io.jenkins.plugins.packer.engine.hcl.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Pos;
import io.jenkins.plugins.packer.engine.hcl.Traversal;
import io.jenkins.plugins.packer.engine.hcl.syntax.lex.Lexer;
import io.jenkins.plugins.packer.engine.hcl.syntax.lex.Token;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import io.jenkins.plugins.packer.engine.hcl.write.HclFormatter;
import io.jenkins.plugins.packer.engine.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Formatting never changes meaning: every corpus file that parses is formatted, re-parsed, and its structure
 * (attributes, blocks, labels, the traversals each expression reads and what each expression evaluates to)
 * compared with the original's; the significant tokens must also be the same, in the same order.
 */
class FormatRoundTripTest {

    @Test
    void formattingKeepsTheStructureAndValuesOfEveryCorpusFile() throws IOException {
        int checked = 0;
        for (String name : List.of("packer-hcl2template", "packer-command", "packer-examples", "chef-bento")) {
            for (Path f : hclFiles(Corpus.dir(name))) {
                byte[] src = Files.readAllBytes(f);
                ParseResult original = HclParser.parseFile(src, "f");
                if (original.diags().hasErrors()) {
                    continue; // fmt refuses files that do not parse
                }
                byte[] formatted = HclFormatter.format(src);
                ParseResult again = HclParser.parseFile(formatted, "f");
                assertThat(again.diags().asList()).as(f.toString()).isEmpty();
                assertThat(dump((SyntaxBody) again.body())).as(f.toString())
                        .isEqualTo(dump((SyntaxBody) original.body()));
                assertThat(significant(formatted)).as(f.toString()).isEqualTo(significant(src));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void theDumpSeesDifferencesOfMeaning() {
        // the comparison above must be able to fail: a changed value and a changed label show in the dump
        String a = dump((SyntaxBody) HclParser.parseFile("b \"x\" {\n  v = 1 + 2\n}\n".getBytes(), "f").body());
        String b = dump((SyntaxBody) HclParser.parseFile("b \"x\" {\n  v = 1 + 3\n}\n".getBytes(), "f").body());
        String c = dump((SyntaxBody) HclParser.parseFile("b \"y\" {\n  v = 1 + 2\n}\n".getBytes(), "f").body());
        assertThat(a).contains("v = number(3)").isNotEqualTo(b).isNotEqualTo(c);
    }

    /** A position-free description of a body. */
    private static String dump(SyntaxBody body) {
        StringBuilder sb = new StringBuilder();
        dump(body, "", sb);
        return sb.toString();
    }

    private static void dump(SyntaxBody body, String indent, StringBuilder sb) {
        for (SyntaxAttribute a : new TreeMap<>(body.syntaxAttributes()).values()) {
            List<String> vars = new ArrayList<>();
            Map<String, Value> unknowns = new TreeMap<>();
            for (Traversal t : a.expr().variables()) {
                vars.add(t.toString());
                unknowns.put(t.rootName(), Value.DYNAMIC);
            }
            Diagnostics diags = new Diagnostics();
            Value v = a.expr().value(EvalContext.of(unknowns, Map.of()), diags);
            sb.append(indent).append(a.name()).append(" = ").append(v).append(" reads ").append(vars);
            for (Diagnostic d : diags) {
                sb.append(" !").append(d.summary()).append(": ").append(d.detail());
            }
            sb.append('\n');
        }
        for (SyntaxBlock b : body.syntaxBlocks()) {
            sb.append(indent).append(b.type()).append(' ').append(b.labels()).append(" {\n");
            dump(b.body(), indent + "  ", sb);
            sb.append(indent).append("}\n");
        }
    }

    /** The tokens that are not newlines, as type and text. */
    private static List<String> significant(byte[] src) {
        List<String> out = new ArrayList<>();
        for (Token t : Lexer.scan(src, "f", Pos.START, Lexer.Mode.NORMAL)) {
            out.add(t.type() + ":" + t.text());
        }
        return out;
    }

    private static List<Path> hclFiles(Path root) throws IOException {
        TreeSet<Path> out = new TreeSet<>();
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".hcl")).forEach(out::add);
        }
        return new ArrayList<>(out);
    }
}
