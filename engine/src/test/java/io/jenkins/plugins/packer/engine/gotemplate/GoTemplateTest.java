package io.jenkins.plugins.packer.engine.gotemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GoTemplateTest {

    private static final Map<String, GoFunction> FUNCS = Map.of(
            "user", args -> Map.of("name", "debian", "size", "2048").get(String.valueOf(args.get(0))),
            "upper", args -> String.valueOf(args.get(0)).toUpperCase(java.util.Locale.ROOT),
            "split", args -> {
                String[] parts = String.valueOf(args.get(0)).split(java.util.regex.Pattern.quote(
                        String.valueOf(args.get(1))));
                return parts[((Number) args.get(2)).intValue()];
            },
            "fail", args -> {
                throw new IllegalStateException("boom");
            });

    private static String render(String text, Object data) throws GoTemplateException {
        return GoTemplate.render(text, data, FUNCS);
    }

    record BootData(String HTTPIP, int HTTPPort, String Name) {
    }

    @Test
    void fieldsOfMapsAndRecords() throws Exception {
        assertThat(render("http://{{ .HTTPIP }}:{{ .HTTPPort }}/ks.cfg", Map.of("HTTPIP", "10.0.2.2", "HTTPPort", 8104)))
                .isEqualTo("http://10.0.2.2:8104/ks.cfg");
        assertThat(render("{{.Name}}-{{ .HTTPPort }}", new BootData("1.2.3.4", 80, "vm"))).isEqualTo("vm-80");
        assertThat(render("{{ .A.B }}", Map.of("A", Map.of("B", "deep")))).isEqualTo("deep");
    }

    @Test
    void functionsWithRawAndQuotedStringsAndPipes() throws Exception {
        assertThat(render("{{user `name`}}-{{ user \"size\" }}", null)).isEqualTo("debian-2048");
        assertThat(render("{{ user `name` | upper }}", null)).isEqualTo("DEBIAN");
        assertThat(render("{{ split \"a/b/c\" \"/\" 1 }}", null)).isEqualTo("b");
        assertThat(render("{{ upper (user `name`) }}", null)).isEqualTo("DEBIAN");
    }

    @Test
    void trimMarkersAndComments() throws Exception {
        assertThat(render("a  {{- `x` -}}  b", null)).isEqualTo("axb");
        assertThat(render("a {{`x`}} b", null)).isEqualTo("a x b");
        assertThat(render("a{{/* a comment */}}b", null)).isEqualTo("ab");
        assertThat(render("a \n {{- /* c */ -}} \n b", null)).isEqualTo("ab");
        // a dash not followed by a space is a number, not a trim marker
        assertThat(render("a {{-3}} b", null)).isEqualTo("a -3 b");
    }

    @Test
    void conditionalsAndComparisons() throws Exception {
        String t = "{{if eq .N 3}}three{{else if gt .N 3}}big{{else}}small{{end}}";
        assertThat(render(t, Map.of("N", 3))).isEqualTo("three");
        assertThat(render(t, Map.of("N", 7))).isEqualTo("big");
        assertThat(render(t, Map.of("N", 1))).isEqualTo("small");
        assertThat(render("{{if and .A (not .B)}}y{{end}}", Map.of("A", true, "B", false))).isEqualTo("y");
        assertThat(render("{{if .S}}set{{else}}empty{{end}}", Map.of("S", ""))).isEqualTo("empty");
        assertThat(render("{{with .S}}<{{.}}>{{end}}", Map.of("S", "v"))).isEqualTo("<v>");
    }

    @Test
    void rangeOverListsAndMapsWithVariables() throws Exception {
        assertThat(render("{{range .L}}[{{.}}]{{end}}", Map.of("L", List.of("a", "b")))).isEqualTo("[a][b]");
        assertThat(render("{{range $i, $e := .L}}{{$i}}={{$e}} {{end}}", Map.of("L", List.of("x", "y"))))
                .isEqualTo("0=x 1=y ");
        assertThat(render("{{range $k, $v := .M}}{{$k}}:{{$v}};{{end}}", Map.of("M", Map.of("b", 2, "a", 1))))
                .isEqualTo("a:1;b:2;");
        assertThat(render("{{range .L}}x{{else}}none{{end}}", Map.of("L", List.of()))).isEqualTo("none");
        assertThat(render("{{$x := `v`}}{{$x}}{{$}}", "root")).isEqualTo("vroot");
    }

    @Test
    void printingFollowsGo() throws Exception {
        assertThat(render("{{ .Missing }}", java.util.Collections.singletonMap("Missing", null)))
                .isEqualTo("<no value>");
        assertThat(render("{{ .L }} {{ .M }} {{ .F }} {{ .T }}",
                Map.of("L", List.of("a", 1), "M", Map.of("k", "v"), "F", 1.5, "T", true)))
                .isEqualTo("[a 1] map[k:v] 1.5 true");
        assertThat(render("{{ printf \"%s-%d %q\" \"a\" 3 \"q\" }}", null)).isEqualTo("a-3 \"q\"");
        assertThat(render("{{ print 1 2 }}|{{ print \"a\" \"b\" }}|{{ len \"héllo\" }}", null)).isEqualTo("1 2|ab|6");
        assertThat(render("{{ index .L 1 }}", Map.of("L", List.of("a", "b")))).isEqualTo("b");
    }

    @Test
    void parseErrorsUseGoWording() {
        assertThatThrownBy(() -> render("{{ nosuch `x` }}", null))
                .hasMessage("template: root:1: function \"nosuch\" not defined");
        assertThatThrownBy(() -> render("line1\n{{ .A ", null)).hasMessage("template: root:2: unclosed action");
        assertThatThrownBy(() -> render("{{if .A}}x", Map.of("A", true)))
                .hasMessageContaining("unexpected EOF");
        assertThatThrownBy(() -> render("{{end}}", null)).hasMessageContaining("unexpected {{end}}");
        assertThatThrownBy(() -> render("{{ \"open }}", null)).hasMessageContaining("unterminated quoted string");
    }

    @Test
    void executionErrorsNameThePositionTheCommandAndTheCause() {
        assertThatThrownBy(() -> render("{{ fail }}", null))
                .hasMessage("template: root:1:3: executing \"root\" at <fail>: error calling fail: boom");
        assertThatThrownBy(() -> render("{{ .X }}", new BootData("a", 1, "n")))
                .hasMessage("template: root:1:3: executing \"root\" at <.X>: can't evaluate field X in type BootData");
        // the failing command of a pipeline is named, with its arguments as written
        assertThatThrownBy(() -> render("ab\ncd {{ `x` | upper | fail \"q\" }}", null))
                .hasMessage("template: root:2:20: executing \"root\" at <fail \"q\">: error calling fail: boom");
        // the column counts bytes, as Go does
        assertThatThrownBy(() -> render("é{{fail}}", null)).hasMessageStartingWith("template: root:1:4: ");
    }

    @Test
    void missingKeysAndNilDataGiveNoValueAsGoDoes() throws Exception {
        assertThat(render("{{ .Nope }}", Map.of("A", 1))).isEqualTo("<no value>");
        assertThat(render("[{{ .HTTPIP }}]", null)).isEqualTo("[<no value>]");
        assertThat(render("{{ .A.B }}", Map.of("A", Map.of()))).isEqualTo("<no value>");
        assertThat(render("{{ if .Nope }}y{{ else }}n{{ end }}", Map.of())).isEqualTo("n");
    }

    private static final Map<String, GoFunction> TYPED = Map.of(
            "upper", GoFunction.typed(GoSignature.of(GoSignature.ParamType.STRING),
                    args -> ((String) args.get(0)).toUpperCase(java.util.Locale.ROOT)),
            "pick", GoFunction.typed(GoSignature.of(GoSignature.ParamType.STRING, GoSignature.ParamType.INT),
                    args -> String.valueOf(args.get(0)).charAt(((Long) args.get(1)).intValue()) + ""),
            "join", GoFunction.typed(GoSignature.variadic(GoSignature.ParamType.STRING),
                    args -> String.join("+", args.stream().map(String::valueOf).toList())),
            "num", args -> 7L);

    @Test
    void typedFunctionsAreCheckedAsGoChecksThem() throws Exception {
        assertThat(GoTemplate.render("{{ pick \"abc\" 1 }}{{ pick `abc` 2.0 }}", null, TYPED)).isEqualTo("bc");
        assertThat(GoTemplate.render("{{ join }}|{{ join `a` `b` }}|{{ `z` | join `y` }}", null, TYPED))
                .isEqualTo("|a+b|y+z");
        assertThatThrownBy(() -> GoTemplate.render("{{upper}}", null, TYPED))
                .hasMessage("template: root:1:2: executing \"root\" at <upper>: wrong number of args for upper: "
                        + "want 1 got 0");
        assertThatThrownBy(() -> GoTemplate.render("{{upper 5}}", null, TYPED))
                .hasMessage("template: root:1:8: executing \"root\" at <5>: expected string; found 5");
        assertThatThrownBy(() -> GoTemplate.render("{{pick `a` \"1\"}}", null, TYPED))
                .hasMessage("template: root:1:11: executing \"root\" at <\"1\">: expected integer; found \"1\"");
        assertThatThrownBy(() -> GoTemplate.render("{{upper nil}}", null, TYPED))
                .hasMessageEndingWith("at <nil>: cannot assign nil to string");
        assertThatThrownBy(() -> GoTemplate.render("{{upper num}}", null, TYPED))
                .hasMessageEndingWith("at <num>: wrong type for value; expected string; got int");
        assertThatThrownBy(() -> GoTemplate.render("{{upper .X}}", Map.of(), TYPED))
                .hasMessageEndingWith("at <.X>: invalid value; expected string");
        assertThatThrownBy(() -> GoTemplate.render("{{ 1 | upper }}", null, TYPED))
                .hasMessageEndingWith("at <upper>: wrong type for value; expected string; got int");
    }

    @Test
    void variablesMustBeDeclaredAndAreScopedToTheirBlock() throws Exception {
        assertThatThrownBy(() -> render("{{ $x }}", null)).hasMessage("template: root:1: undefined variable \"$x\"");
        assertThatThrownBy(() -> render("{{ if true }}{{ $x := 1 }}{{ end }}{{ $x }}", null))
                .hasMessageContaining("undefined variable \"$x\"");
        assertThatThrownBy(() -> render("{{ $y = 1 }}", null)).hasMessageContaining("undefined variable \"$y\"");
        assertThat(render("{{ $x := 1 }}{{ if true }}{{ $x = 2 }}{{ end }}{{ $x }}", null)).isEqualTo("2");
    }

    @Test
    void textWithoutActionsIsUnchanged() throws Exception {
        assertThat(render("plain } { text", null)).isEqualTo("plain } { text");
        assertThat(render("", null)).isEmpty();
    }
}
