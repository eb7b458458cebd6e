package io.jenkins.plugins.packer.engine.command;

import java.util.ArrayList;
import java.util.List;

/**
 * The expressions {@link ConsoleSideBySideTest} evaluates with jpacker and with packer 1.6.6: every construct
 * of the native syntax and every function group, values and errors. {@link #SAME} must print exactly what
 * packer 1.6.6 prints. {@link #newer()} differ from 1.6.6 on purpose: the engine follows Packer 1.16 (newer
 * HCL wording, sensitive marks through functions, fixed functions), and {@link #documented()} use
 * functions 1.6.6 does not have; both carry the expected output and where it comes from.
 */
final class ConsoleSideBySideCases {

    /** A case whose expected output is given here rather than taken from packer 1.6.6. */
    record Expected(String expression, String output, String source) {
    }

    /** Expressions whose console output (value or diagnostics) matches packer 1.6.6 exactly. */
    static final List<String> SAME = List.of(
            "42",
            "-7",
            "3.25",
            "1e3",
            "1.5e-3",
            "0.1",
            "12345678901234567890",
            "\"plain\"",
            "\"esc \\\" \\\\ \\t tab\"",
            "\"unicode \\u00e9 \\U0001F600\"",
            "\"dollar $${not} and %%{not}\"",
            "\"a${1 + 2}b\"",
            "\"${var.name}-${var.n}\"",
            "\"%{ if var.n > 2 }big%{ else }small%{ endif }\"",
            "\"%{ for x in var.list }${x},%{ endfor }\"",
            "\"%{ for i, x in var.list ~} ${i}=${x} %{~ endfor }\"",
            "\"${true}\"",
            "true",
            "false",
            "null",
            "[]",
            "{}",
            "[1, \"two\", true, null]",
            "{ a = 1, \"b\" = 2, (var.name) = 3 }",
            "{ a : 1, b : [1, 2] }",
            "[[1, 2], [3]]",
            "1 + 2 * 3",
            "(1 + 2) * 3",
            "10 / 4",
            "7 % 3",
            "-5 % 3",
            "2 - 3 - 4",
            "1 < 2 && 2 < 3",
            "!true || false",
            "1 == 1.0",
            "\"1\" == 1",
            "[1, 2] == [1, 2]",
            "{a = 1} != {a = 2}",
            "5 >= 5",
            "\"a\" != \"b\"",
            "-(-3)",
            "1 / 3",
            "2 * 0.5",
            "true ? \"yes\" : \"no\"",
            "var.n > 5 ? 1 : 0",
            "var.nothing == null ? \"unset\" : var.nothing",
            "var.name",
            "var.n",
            "var.tags",
            "var.tags[\"env\"]",
            "var.tags.team",
            "var.list",
            "var.list[1]",
            "var.list.0",
            "var.obj",
            "var.obj.b[0]",
            "var.secret",
            "local.greeting",
            "local.nums",
            "local.by_value",
            "local.servers[*].name",
            "local.servers.*.ip",
            "local.servers[0].ip",
            "var.list[*]",
            "[for s in var.list : upper(s)]",
            "[for i, s in var.list : \"${i}:${s}\"]",
            "{for s in var.list : s => length(s)}",
            "{for k, v in var.tags : k => upper(v) if k != \"team\"}",
            "{for s in [\"a\", \"b\", \"a\"] : s => s...}",
            "[for x in [1, 2, 3, 4] : x if x % 2 == 0]",
            "path.root",
            "abs(-3.5)",
            "ceil(1.2)",
            "floor(-1.2)",
            "log(16, 2)",
            "max(1, 5, 3)",
            "min(4, 2)",
            "max([3, 9, 2]...)",
            "parseint(\"ff\", 16)",
            "parseint(\"-101\", 2)",
            "pow(2, 10)",
            "signum(-4)",
            "chomp(\"line\\n\")",
            "format(\"%s-%03d-%.2f-%t-%q\", \"x\", 7, 3.14159, true, \"q\")",
            "format(\"%5s|%-5s|\", \"ab\", \"cd\")",
            "format(\"%x %X %o %b %e\", 255, 255, 8, 5, 1234.5)",
            "formatlist(\"%s=%d\", [\"a\", \"b\"], [1, 2])",
            "indent(2, \"a\\nb\\nc\")",
            "join(\", \", var.list)",
            "lower(\"HeLLo\")",
            "upper(\"hello\")",
            "replace(\"1 + 2 + 3\", \"+\", \"-\")",
            "replace(\"hello world\", \"/o(r)?/\", \"0$1\")",
            "regex_replace(\"abc123\", \"[0-9]+\", \"#\")",
            "split(\",\", \"a,b,,c\")",
            "strrev(\"hello\")",
            "substr(\"hello world\", 1, 4)",
            "substr(\"hello world\", -5, -1)",
            "title(\"hello world\")",
            "trim(\"?!hello?!\", \"!?\")",
            "trimprefix(\"helloworld\", \"hello\")",
            "trimsuffix(\"helloworld\", \"world\")",
            "trimspace(\"  x  \")",
            "chunklist([1, 2, 3, 4, 5], 2)",
            "coalesce(\"\", \"b\", \"c\")",
            "coalesce(null, 2)",
            "coalescelist([], [\"x\"])",
            "compact([\"a\", \"\", \"b\"])",
            "concat([1, 2], [3])",
            "contains(var.list, \"b\")",
            "distinct([1, 2, 1, 3, 2])",
            "element(var.list, 4)",
            "flatten([[1, [2]], [], [3]])",
            "keys(var.tags)",
            "values(var.tags)",
            "length(\"héllo\")",
            "length(var.tags)",
            "lookup(var.tags, \"env\", \"none\")",
            "lookup(var.tags, \"zzz\", \"none\")",
            "merge(var.tags, { env = \"prod\" })",
            "range(5)",
            "range(1, 10, 3)",
            "range(5, 0, -2)",
            "reverse([1, 2, 3])",
            "setintersection([1, 2, 3], [2, 3, 4])",
            "setproduct([\"a\", \"b\"], [1, 2])",
            "setunion([\"a\"], [\"b\", \"a\"])",
            "slice(var.list, 1, 3)",
            "sort([\"b\", \"a\", \"c\"])",
            "zipmap([\"a\", \"b\"], [1, 2])",
            "jsonencode({ b = [1, \"x\", true, null], a = \"<&>\" })",
            "jsondecode(\"{\\\"a\\\": [1, 2.5, \\\"x\\\"], \\\"b\\\": null}\")",
            "yamlencode({ a = [1, 2], b = \"x\" })",
            "yamldecode(\"a: [1, 2]\\nb: {c: true}\")",
            "csvdecode(\"a,b\\n1,2\\n3,4\")",
            "base64encode(\"hello\")",
            "base64decode(\"aGVsbG8=\")",
            "urlencode(\"a b&c=d/é\")",
            "md5(\"hello\")",
            "sha1(\"hello\")",
            "sha256(\"hello\")",
            "sha512(\"hello\")",
            "uuidv5(\"dns\", \"example.com\")",
            "uuidv5(\"url\", \"https://example.com\")",
            "formatdate(\"YYYY-MM-DD hh:mm:ss ZZZ\", \"2024-02-29T13:04:05Z\")",
            "formatdate(\"EEEE, DD-MMM-YY h:mm AA\", \"2018-01-02T23:12:01-08:00\")",
            "timeadd(\"2024-02-29T00:00:00Z\", \"25h30m\")",
            "timeadd(\"2024-01-01T00:00:00Z\", \"-1.5h\")",
            "cidrhost(\"10.12.112.0/20\", 16)",
            "cidrhost(\"fd00:fd12:3456:7890::/56\", 16)",
            "cidrnetmask(\"172.16.0.0/12\")",
            "cidrsubnet(\"10.1.2.0/24\", 4, 15)",
            "cidrsubnets(\"10.1.0.0/16\", 4, 4, 8, 4)",
            "basename(\"/a/b/c.txt\")",
            "dirname(\"/a/b/c.txt\")",
            "file(\"files/hello.txt\")",
            "fileexists(\"files/hello.txt\")",
            "fileexists(\"files/nope.txt\")",
            "fileset(path.root, \"files/*.txt\")",
            "can(var.list[5])",
            "try(var.list[5], \"fallback\")",
            "try(var.tags.env, \"x\")",
            "convert([\"a\", \"b\"], set(string))",
            "convert({a = 1}, map(string))",
            "[var.secret, \"x\"]",
            "nosuch",
            "var.nosuch",
            "upper(1, 2)",
            "nosuchfunc(1)",
            "uper(\"x\")",
            "1 + \"a\"",
            "true ? 1 : \"a\"",
            "var.tags[\"nope\"]",
            "{a = 1}.b",
            "null.a",
            "\"${null}\"",
            "\"${[1]}\"",
            "element([], 0)",
            "parseint(\"zz\", 10)",
            "cidrhost(\"10.0.0.0/30\", 9)",
            "jsondecode(\"{\")",
            "file(\"files/missing.txt\")",
            "[for x in 5 : x]",
            "(1",
            "\"unterminated",
            "a b"
    );

    private ConsoleSideBySideCases() {
    }

    private static final String NOT_AVAILABLE = "  on <console-input> line 1:\n  (source code not available)\n\n";

    /** A diagnostic as packer's piped console prints it for a single line, then the empty last value. */
    private static String error(String summary, String detail) {
        return "Error: " + summary + "\n\n" + NOT_AVAILABLE + detail + "\n\n\n\n";
    }

    /** Where Packer 1.16 (and this engine) differs from 1.6.6; the output is 1.16's. */
    static List<Expected> newer() {
        List<Expected> c = new ArrayList<>();
        c.add(new Expected("packer.version", "1.16.0\n", "the engine follows Packer 1.16"));
        c.add(new Expected("index(var.list, \"c\")", "2\n", "1.6.6 rejected lists (\"key for list must be "
                + "number\"); Packer's own index function since 1.7, docs: index([\"a\", \"b\", \"c\"], \"b\") is 1"));
        c.add(new Expected("upper(var.secret)", "<sensitive>\n", "go-cty marks pass through functions since "
                + "Packer 1.7 (1.6.6 printed HUNTER2)"));
        c.add(new Expected("length(var.secret)", "<sensitive>\n", "marks pass through functions (1.6.6: 7)"));
        c.add(new Expected("\"prefix-${var.secret}\"", "<sensitive>\n", "a template with a sensitive part is "
                + "sensitive as a whole (1.6.6: prefix-<sensitive>)"));
        c.add(new Expected("var.name.foo", error("Unsupported attribute",
                "Can't access attributes on a primitive-typed value (string)."),
                "hashicorp/hcl traversal.go (1.6.6: This value does not have any attributes.)"));
        c.add(new Expected("var.list[5]", error("Invalid index", "The given key does not identify an element in "
                + "this collection value: the given\nindex is greater than or equal to the length of the collection."),
                "hashicorp/hcl ops.go, which now says why"));
        c.add(new Expected("[1, 2][-1]", error("Invalid index", "The given key does not identify an element in "
                + "this collection value: a negative\nnumber is not a valid index for a sequence."),
                "hashicorp/hcl ops.go, which now says why"));
        c.add(new Expected("1 +", error("Missing expression",
                "Expected the start of an expression, but found the end of the file."),
                "hashicorp/hcl parser.go (1.6.6: Invalid expression)"));
        c.add(new Expected("[1, 2", error("Unterminated tuple constructor expression", "There is no corresponding "
                + "closing bracket before the end of the file. This may\nbe caused by incorrect bracket nesting "
                + "elsewhere in this file."), "hashicorp/hcl parser.go (1.6.6: Missing item separator)"));
        return c;
    }

    /** Functions packer 1.6.6 does not have: outputs from Packer's documentation and upstream tests. */
    static List<Expected> documented() {
        List<Expected> c = new ArrayList<>();
        String docs = "Packer docs, functions/";
        c.add(new Expected("sum([10, 13, 6, 4.5])", "33.5\n", docs + "numeric/sum"));
        c.add(new Expected("endswith(\"hello world\", \"world\")", "true\n", docs + "string/endswith"));
        c.add(new Expected("endswith(\"hello world\", \"hello\")", "false\n", docs + "string/endswith"));
        c.add(new Expected("startswith(\"hello world\", \"hello\")", "true\n", docs + "string/startswith"));
        c.add(new Expected("strcontains(\"hello world\", \"wor\")", "true\n", docs + "string/strcontains"));
        c.add(new Expected("regex(\"[a-z]+\", \"53453453.345345aaabbbccc23454\")", "aaabbbccc\n",
                docs + "string/regex"));
        c.add(new Expected("regex(\"(\\\\d\\\\d\\\\d\\\\d)-(\\\\d\\\\d)-(\\\\d\\\\d)\", \"2019-02-01\")",
                "[\n  \"2019\",\n  \"02\",\n  \"01\",\n]\n", docs + "string/regex"));
        c.add(new Expected("regex(\"[a-z]+\", \"53453453.34534523454\")", error("Error in function call",
                "Call to function \"regex\" failed: pattern did not match any part of the given\nstring."),
                docs + "string/regex"));
        c.add(new Expected("regexall(\"[a-z]+\", \"1234abcd5678efgh9\")", "[\n  \"abcd\",\n  \"efgh\",\n]\n",
                docs + "string/regexall"));
        c.add(new Expected("length(regexall(\"[a-z]+\", \"1234abcd5678efgh9\"))", "2\n", docs + "string/regexall"));
        c.add(new Expected("length(regexall(\"[a-z]+\", \"123456789\")) > 0", "false\n", docs + "string/regexall"));
        c.add(new Expected("alltrue([\"true\", true])", "true\n", docs + "collection/alltrue"));
        c.add(new Expected("alltrue([true, false])", "false\n", docs + "collection/alltrue"));
        c.add(new Expected("anytrue([true, false])", "true\n", docs + "collection/anytrue"));
        c.add(new Expected("setsubtract([\"a\", \"b\", \"c\"], [\"a\", \"c\"])", "[\n  \"b\",\n]\n",
                docs + "collection/setsubtract"));
        c.add(new Expected("one([\"hello\"])", "hello\n", docs + "collection/one"));
        c.add(new Expected("one([])", "null\n", docs + "collection/one"));
        c.add(new Expected("transpose({\"a\" = [\"1\", \"2\"], \"b\" = [\"2\", \"3\"]})",
                "{\n  \"1\" = [\n    \"a\",\n  ]\n  \"2\" = [\n    \"a\",\n    \"b\",\n  ]\n  \"3\" = [\n    \"b\",\n  ]\n}\n",
                docs + "collection/transpose"));
        c.add(new Expected("tolist([\"a\", \"b\", \"c\"])", "[\n  \"a\",\n  \"b\",\n  \"c\",\n]\n",
                docs + "conversion/tolist"));
        c.add(new Expected("tomap({\"a\" = 1, \"b\" = 2})", "{\n  \"a\" = 1\n  \"b\" = 2\n}\n",
                docs + "conversion/tomap"));
        c.add(new Expected("toset([\"c\", \"b\", \"b\"])", "[\n  \"b\",\n  \"c\",\n]\n", docs + "conversion/toset"));
        c.add(new Expected("tonumber(\"1\")", "1\n", docs + "conversion/tonumber"));
        c.add(new Expected("tonumber(\"42\") + 1", "43\n", docs + "conversion/tonumber"));
        c.add(new Expected("tostring(1)", "1\n", docs + "conversion/tostring"));
        c.add(new Expected("tobool(\"true\")", "true\n", docs + "conversion/tobool"));
        c.add(new Expected("sensitive(\"x\")", "<sensitive>\n", docs + "conversion/sensitive"));
        c.add(new Expected("nonsensitive(var.secret)", "hunter2\n", docs + "conversion/nonsensitive"));
        c.add(new Expected("textencodebase64(\"Hello World\", \"UTF-16LE\")", "SABlAGwAbABvACAAVwBvAHIAbABkAA==\n",
                docs + "encoding/textencodebase64"));
        c.add(new Expected("textdecodebase64(\"SABlAGwAbABvACAAVwBvAHIAbABkAA==\", \"UTF-16LE\")", "Hello World\n",
                docs + "encoding/textdecodebase64"));
        c.add(new Expected("filebase64(\"${dir}/files/hello.txt\")", "aGVsbG8K\n", docs + "file/filebase64"));
        c.add(new Expected("templatefile(\"${dir}/backends.tpl\", { port = 8080, ip_addrs = [\"10.0.0.1\", "
                + "\"10.0.0.2\"] })", "backend 10.0.0.1:8080\nbackend 10.0.0.2:8080\n\n", docs + "file/templatefile"));
        c.add(new Expected("rfc3339_parse(\"2023-07-25T23:43:16Z\").unix", "1690328596\n",
                "Packer's rfc3339_parse_test.go"));
        c.add(new Expected("rfc3339_parse(\"1996-12-19T16:39:57-08:00\").weekday_name", "Thursday\n",
                "Packer's rfc3339_parse_test.go"));
        return c;
    }
}
