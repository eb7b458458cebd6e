package io.jenkins.plugins.packer.engine.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code packer-command/EXPECTED-TestBuild.txt}: Packer's TestBuild table (build_test.go) as name, arguments
 * (Go expressions with {@code FIX} for the fixtures directory), exit code, files expected (by name, and the names
 * of files whose content is checked) and files not expected.
 */
final class TestBuildCases {

    /** One case. */
    record Case(String name, List<String> args, int exit, List<String> expected, List<String> contentChecked,
                List<String> notExpected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final Pattern ENTRY = Pattern.compile("^- \"(.*)\"$", Pattern.MULTILINE);

    private TestBuildCases() {
    }

    static List<Case> read(Path corpus) throws IOException {
        Path fixtures = corpus.resolve("command/test-fixtures");
        String text = Files.readString(corpus.resolve("EXPECTED-TestBuild.txt"), StandardCharsets.UTF_8);
        Matcher m = ENTRY.matcher(text);
        List<Integer> starts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (m.find()) {
            starts.add(m.end());
            names.add(m.group(1));
        }
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? text.lastIndexOf("\n- \"", starts.get(i + 1)) : text.length();
            cases.add(parse(names.get(i), text.substring(starts.get(i), end), fixtures));
        }
        return cases;
    }

    private static Case parse(String name, String body, Path fixtures) {
        int args = body.indexOf("args:");
        int exit = body.indexOf("exit:");
        int files = body.indexOf("expectFiles:");
        int not = body.indexOf("notExpected:");
        List<String> argv = arguments(body.substring(args + 5, exit).strip(), fixtures);
        int code = Integer.parseInt(body.substring(exit + 5, body.indexOf(';', exit)).strip());
        String expectText = body.substring(files + 12, not);
        List<String> expected = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        int bracket = expectText.indexOf('[');
        quoted(bracket < 0 ? expectText : expectText.substring(0, bracket), '"', expected);
        if (bracket >= 0) {
            List<String> keys = new ArrayList<>();
            quoted(expectText.substring(bracket), '\'', keys);
            keys.stream().filter(k -> k.contains(".")).forEach(checked::add);
        }
        List<String> notExpected = new ArrayList<>();
        quoted(body.substring(not + 12), '"', notExpected);
        return new Case(name, argv, code, expected, checked, notExpected);
    }

    private static void quoted(String s, char q, List<String> out) {
        int i = 0;
        while ((i = s.indexOf(q, i)) >= 0) {
            int j = s.indexOf(q, i + 1);
            if (j < 0) {
                return;
            }
            out.add(s.substring(i + 1, j));
            i = j + 1;
        }
    }

    /** Go argument expressions: "strings", `raw strings`, FIX/paths, {@code +} concatenation, // comments. */
    static List<String> arguments(String s, Path fixtures) {
        List<String> out = new ArrayList<>();
        StringBuilder current = null;
        boolean concat = false;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == ',') {
                i++;
                continue;
            }
            if (c == '+') {
                concat = true;
                i++;
                continue;
            }
            String token;
            if (s.startsWith("//", i)) {
                int next = i;
                while (next < s.length() && !s.startsWith("FIX/", next) && s.charAt(next) != '"'
                        && s.charAt(next) != '`') {
                    next++;
                }
                i = next;
                continue;
            } else if (c == '"') {
                StringBuilder sb = new StringBuilder();
                int j = i + 1;
                while (s.charAt(j) != '"') {
                    if (s.charAt(j) == '\\') {
                        j++;
                    }
                    sb.append(s.charAt(j++));
                }
                token = sb.toString();
                i = j + 1;
            } else if (c == '`') {
                int j = s.indexOf('`', i + 1);
                token = s.substring(i + 1, j);
                i = j + 1;
            } else if (s.startsWith("FIX/", i)) {
                int j = i;
                while (j < s.length() && s.charAt(j) != ',' && !Character.isWhitespace(s.charAt(j))) {
                    j++;
                }
                token = fixtures.resolve(s.substring(i + 4, j)).toString();
                i = j;
            } else {
                throw new IllegalArgumentException("cannot read argument at: " + s.substring(i));
            }
            if (concat && current != null) {
                current.append(token);
                out.set(out.size() - 1, current.toString());
            } else {
                current = new StringBuilder(token);
                out.add(token);
            }
            concat = false;
        }
        return out;
    }
}
