package io.jenkins.plugins.packer.engine.hcl.function.lib;

import io.jenkins.plugins.packer.engine.hcl.function.Function;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionException;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionSpec;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;

/**
 * {@code regex}, {@code regexall} and {@code regex_replace} (go-cty stdlib) with RE2 patterns. The result of
 * regex is the matched string when the pattern has no capture groups, a tuple of the groups when they are
 * unnamed, and an object by group name when they are all named (groups that did not take part are null).
 */
final class RegexFunctions {

    private RegexFunctions() {
    }

    static final Function REGEX = FunctionSpec.builder()
            .param("pattern", Type.STRING)
            .param("string", Type.STRING)
            .returns(args -> args.get(0).isKnown() ? resultType(compile(args.get(0).asString())) : Type.DYNAMIC)
            .impl((args, ret) -> {
                Re2 re = compile(args.get(0).asString());
                String s = args.get(1).asString();
                MatchResult m = re.find(s);
                if (m == null) {
                    throw new FunctionException("pattern did not match any part of the given string");
                }
                return result(re, s, m, ret);
            })
            .build();

    static final Function REGEXALL = FunctionSpec.builder()
            .param("pattern", Type.STRING)
            .param("string", Type.STRING)
            .returns(args -> Type.list(args.get(0).isKnown()
                    ? resultType(compile(args.get(0).asString())) : Type.DYNAMIC))
            .impl((args, ret) -> {
                Re2 re = compile(args.get(0).asString());
                String s = args.get(1).asString();
                Type element = ((Type.ListType) ret).element();
                List<Value> out = new ArrayList<>();
                for (MatchResult m : re.findAll(s)) {
                    out.add(result(re, s, m, element));
                }
                return Value.list(element, out);
            })
            .build();

    static final Function REGEX_REPLACE = FunctionSpec.builder()
            .param("str", Type.STRING)
            .param("substr", Type.STRING)
            .param("replace", Type.STRING)
            .returns(Type.STRING)
            .impl((args, ret) -> {
                Re2 re;
                try {
                    re = Re2Syntax.compile(args.get(1).asString());
                } catch (Re2Error e) {
                    throw new FunctionException(e.getMessage());
                }
                return Value.string(re.replaceAll(args.get(0).asString(), args.get(2).asString()));
            })
            .build();

    private static Re2 compile(String pattern) throws FunctionException {
        try {
            return Re2Syntax.compile(pattern);
        } catch (Re2Error e) {
            throw new FunctionException(0, "invalid regexp pattern: " + e.code() + " in " + e.expr());
        }
    }

    private static Type resultType(Re2 re) throws FunctionException {
        List<String> names = re.groupNames().subList(1, re.groupNames().size());
        long unnamed = names.stream().filter(String::isEmpty).count();
        if (names.isEmpty()) {
            return Type.STRING;
        }
        if (unnamed > 0 && unnamed < names.size()) {
            throw new FunctionException(0,
                    "invalid regexp pattern: cannot mix both named and unnamed capture groups");
        }
        if (unnamed > 0) {
            return Type.tuple(names.stream().map(n -> Type.STRING).toList());
        }
        Map<String, Type> attrs = new LinkedHashMap<>();
        names.forEach(n -> attrs.put(n, Type.STRING));
        return Type.object(attrs);
    }

    private static Value result(Re2 re, String s, MatchResult m, Type type) {
        if (type.equals(Type.STRING)) {
            return Value.string(m.group());
        }
        if (type instanceof Type.TupleType) {
            List<Value> groups = new ArrayList<>();
            for (int g = 1; g <= re.groupCount(); g++) {
                groups.add(group(s, m, g));
            }
            return Value.tuple(groups);
        }
        Map<String, Value> attrs = new LinkedHashMap<>();
        for (int g = 1; g <= re.groupCount(); g++) {
            attrs.put(re.groupNames().get(g), group(s, m, g));
        }
        return Value.object(attrs);
    }

    private static Value group(String s, MatchResult m, int g) {
        return m.start(g) < 0 ? Value.nullOf(Type.STRING) : Value.string(s.substring(m.start(g), m.end(g)));
    }
}
