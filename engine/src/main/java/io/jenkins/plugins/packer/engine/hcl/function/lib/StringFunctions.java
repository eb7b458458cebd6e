package io.jenkins.plugins.packer.engine.hcl.function.lib;

import io.jenkins.plugins.packer.engine.hcl.function.Function;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionException;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionSpec;
import io.jenkins.plugins.packer.engine.hcl.function.Parameter;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Packer's string functions: chomp endswith format formatlist indent join lower regex regexall regex_replace
 * replace split startswith strcontains strrev substr title trim trimprefix trimspace trimsuffix upper
 * (go-cty stdlib, plus Packer's startswith, endswith and strcontains). Characters are counted as grapheme
 * clusters where go-cty does (strrev, substr, format widths).
 */
public final class StringFunctions {

    private StringFunctions() {
    }

    public static Map<String, Function> all() {
        Map<String, Function> m = new TreeMap<>();
        m.put("chomp", unary(s -> s.replaceFirst("[\r\n]+\\z", "")));
        m.put("endswith", predicate("suffix", String::endsWith));
        m.put("format", FormatFunctions.FORMAT);
        m.put("formatlist", FormatFunctions.FORMATLIST);
        m.put("indent", INDENT);
        m.put("join", JOIN);
        m.put("lower", dynamicUnary(GoStrings::toLower));
        m.put("regex", RegexFunctions.REGEX);
        m.put("regexall", RegexFunctions.REGEXALL);
        m.put("regex_replace", RegexFunctions.REGEX_REPLACE);
        m.put("replace", REPLACE);
        m.put("split", SPLIT);
        m.put("startswith", STARTSWITH);
        m.put("strcontains", predicate("substr", String::contains));
        m.put("strrev", dynamicUnary(StringFunctions::reverse));
        m.put("substr", Substr.FUNCTION);
        m.put("title", unary(GoStrings::title));
        m.put("trim", binary("cutset", GoStrings::trim));
        m.put("trimprefix", binary("prefix", (s, p) -> s.startsWith(p) ? s.substring(p.length()) : s));
        m.put("trimspace", unary(GoStrings::trimSpace));
        m.put("trimsuffix", binary("suffix",
                (s, p) -> s.endsWith(p) ? s.substring(0, s.length() - p.length()) : s));
        m.put("upper", dynamicUnary(GoStrings::toUpper));
        return Collections.unmodifiableMap(m);
    }

    private static Function unary(UnaryOperator<String> f) {
        return FunctionSpec.builder()
                .param("str", Type.STRING)
                .returns(Type.STRING)
                .impl((args, ret) -> Value.string(f.apply(args.get(0).asString())))
                .build();
    }

    /** A unary string function whose argument may be of a type not known yet (go-cty's upper, lower...). */
    private static Function dynamicUnary(UnaryOperator<String> f) {
        return FunctionSpec.builder()
                .param(Parameter.of("str", Type.STRING).allowingDynamicType())
                .returns(Type.STRING)
                .impl((args, ret) -> Value.string(f.apply(args.get(0).asString())))
                .build();
    }

    private interface StringBinary {
        String apply(String s, String other);
    }

    private static Function binary(String second, StringBinary f) {
        return FunctionSpec.builder()
                .param("str", Type.STRING)
                .param(second, Type.STRING)
                .returns(Type.STRING)
                .impl((args, ret) -> Value.string(f.apply(args.get(0).asString(), args.get(1).asString())))
                .build();
    }

    private interface StringTest {
        boolean test(String s, String other);
    }

    private static Function predicate(String second, StringTest f) {
        return FunctionSpec.builder()
                .param("str", Type.STRING)
                .param(second, Type.STRING)
                .returns(Type.BOOL)
                .impl((args, ret) -> Value.bool(f.test(args.get(0).asString(), args.get(1).asString())))
                .build();
    }

    /** Packer's startswith: an unknown string still starts with "". */
    static final Function STARTSWITH = FunctionSpec.builder()
            .param(Parameter.of("str", Type.STRING).allowingUnknown())
            .param("prefix", Type.STRING)
            .returns(Type.BOOL)
            .impl((args, ret) -> {
                String prefix = args.get(1).asString();
                if (!args.get(0).isKnown()) {
                    return prefix.isEmpty() ? Value.TRUE : Value.unknown(Type.BOOL);
                }
                return Value.bool(args.get(0).asString().startsWith(prefix));
            })
            .build();

    static final Function INDENT = FunctionSpec.builder()
            .param("spaces", Type.NUMBER)
            .param("str", Type.STRING)
            .returns(Type.STRING)
            .impl((args, ret) -> {
                long spaces = Args.toLong(args.get(0), -1);
                if (spaces < 0) {
                    throw new FunctionException("panic in function implementation: strings: negative Repeat count");
                }
                if (spaces > Integer.MAX_VALUE) {
                    throw new FunctionException("panic in function implementation: strings: Repeat output length overflow");
                }
                return Value.string(args.get(1).asString().replace("\n", "\n" + " ".repeat((int) spaces)));
            })
            .build();

    static final Function JOIN = FunctionSpec.builder()
            .param("separator", Type.STRING)
            .variadic(Parameter.of("lists", Type.list(Type.STRING)))
            .returns(Type.STRING)
            .impl((args, ret) -> {
                List<Value> lists = args.subList(1, args.size());
                if (lists.isEmpty()) {
                    throw new FunctionException("at least one list is required");
                }
                for (Value list : lists) {
                    if (!list.isWhollyKnown()) {
                        return Value.unknown(Type.STRING);
                    }
                }
                List<String> items = new ArrayList<>();
                for (int ai = 0; ai < lists.size(); ai++) {
                    List<Value> elements = lists.get(ai).elements();
                    for (int ei = 0; ei < elements.size(); ei++) {
                        if (elements.get(ei).isNull()) {
                            throw new FunctionException(ai + 1, lists.size() > 1
                                    ? "element " + ei + " of list " + (ai + 1) + " is null; cannot concatenate null values"
                                    : "element " + ei + " is null; cannot concatenate null values");
                        }
                        items.add(elements.get(ei).asString());
                    }
                }
                return Value.string(String.join(args.get(0).asString(), items));
            })
            .build();

    static final Function REPLACE = FunctionSpec.builder()
            .param("str", Type.STRING)
            .param("substr", Type.STRING)
            .param("replace", Type.STRING)
            .returns(Type.STRING)
            .impl((args, ret) -> Value.string(goReplace(args.get(0).asString(), args.get(1).asString(),
                    args.get(2).asString())))
            .build();

    static final Function SPLIT = FunctionSpec.builder()
            .param("separator", Type.STRING)
            .param("str", Type.STRING)
            .returns(Type.list(Type.STRING))
            .impl((args, ret) -> Value.list(Type.STRING, GoStrings.split(args.get(1).asString(),
                    args.get(0).asString()).stream().map(Value::string).toList()))
            .build();

    /** strings.Replace(s, old, new, -1): an empty {@code old} inserts {@code new} around every code point. */
    static String goReplace(String s, String old, String replacement) {
        if (!old.isEmpty()) {
            return s.replace(old, replacement);
        }
        StringBuilder sb = new StringBuilder(replacement);
        s.codePoints().forEach(c -> sb.appendCodePoint(c).append(replacement));
        return sb.toString();
    }

    private static String reverse(String s) {
        List<String> chars = new ArrayList<>(GoStrings.graphemes(s));
        Collections.reverse(chars);
        return String.join("", chars);
    }
}
