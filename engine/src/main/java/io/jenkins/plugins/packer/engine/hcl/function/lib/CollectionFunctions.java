package io.jenkins.plugins.packer.engine.hcl.function.lib;

import io.jenkins.plugins.packer.engine.hcl.function.Function;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionException;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionSpec;
import io.jenkins.plugins.packer.engine.hcl.value.Operations;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Packer's collection functions: alltrue anytrue chunklist coalesce coalescelist compact concat contains
 * distinct element flatten index keys length lookup merge one range reverse setintersection setproduct
 * setsubtract setunion slice sort transpose values zipmap. Most are go-cty's stdlib; alltrue, anytrue,
 * index and length are Packer's own, coalesce is go-cty-funcs', one and transpose follow Terraform.
 */
public final class CollectionFunctions {

    private CollectionFunctions() {
    }

    public static Map<String, Function> all() {
        Map<String, Function> m = new TreeMap<>();
        m.put("alltrue", ALLTRUE);
        m.put("anytrue", ANYTRUE);
        m.put("chunklist", SequenceFunctions.CHUNKLIST);
        m.put("coalesce", Coalesce.COALESCE);
        m.put("coalescelist", Coalesce.COALESCELIST);
        m.put("compact", COMPACT);
        m.put("concat", SequenceFunctions.CONCAT);
        m.put("contains", CONTAINS);
        m.put("distinct", DISTINCT);
        m.put("element", SequenceFunctions.ELEMENT);
        m.put("flatten", ListFunctions.FLATTEN);
        m.put("index", INDEX);
        m.put("keys", MapFunctions.KEYS);
        m.put("length", Length.FUNCTION);
        m.put("lookup", MapFunctions.LOOKUP);
        m.put("merge", MapFunctions.MERGE);
        m.put("one", Length.ONE);
        m.put("range", SequenceFunctions.RANGE);
        m.put("reverse", ListFunctions.REVERSE);
        m.put("setintersection", SetFunctions.SETINTERSECTION);
        m.put("setproduct", SetFunctions.SETPRODUCT);
        m.put("setsubtract", SetFunctions.SETSUBTRACT);
        m.put("setunion", SetFunctions.SETUNION);
        m.put("slice", ListFunctions.SLICE);
        m.put("sort", SORT);
        m.put("transpose", Transpose.FUNCTION);
        m.put("values", MapFunctions.VALUES);
        m.put("zipmap", MapFunctions.ZIPMAP);
        return Collections.unmodifiableMap(m);
    }

    /** Packer's alltrue: true when every element is true (an empty list is true; a null element false). */
    static final Function ALLTRUE = FunctionSpec.builder()
            .param("list", Type.list(Type.BOOL))
            .returns(Type.BOOL)
            .impl((args, ret) -> {
                for (Value v : args.get(0).elements()) {
                    if (!v.isKnown()) {
                        return Value.unknown(Type.BOOL);
                    }
                    if (v.isNull() || !v.asBool()) {
                        return Value.FALSE;
                    }
                }
                return Value.TRUE;
            })
            .build();

    /** Packer's anytrue: true when some element is true; unknown when none is but some are unknown. */
    static final Function ANYTRUE = FunctionSpec.builder()
            .param("list", Type.list(Type.BOOL))
            .returns(Type.BOOL)
            .impl((args, ret) -> {
                boolean unknown = false;
                for (Value v : args.get(0).elements()) {
                    if (!v.isKnown()) {
                        unknown = true;
                    } else if (!v.isNull() && v.asBool()) {
                        return Value.TRUE;
                    }
                }
                return unknown ? Value.unknown(Type.BOOL) : Value.FALSE;
            })
            .build();

    static final Function COMPACT = FunctionSpec.builder()
            .param("list", Type.list(Type.STRING))
            .returns(Type.list(Type.STRING))
            .impl((args, ret) -> {
                Value list = args.get(0);
                if (!list.isWhollyKnown()) {
                    return Value.unknown(ret);
                }
                List<Value> out = new ArrayList<>();
                for (Value v : list.elements()) {
                    if (!v.isNull() && !v.asString().isEmpty()) {
                        out.add(v);
                    }
                }
                return Value.list(Type.STRING, out);
            })
            .build();

    static final Function CONTAINS = FunctionSpec.builder()
            .param("list", Type.DYNAMIC)
            .param("value", Type.DYNAMIC)
            .returns(Type.BOOL)
            .impl((args, ret) -> {
                Value list = args.get(0);
                Type t = list.type();
                if (!Seqs.isList(t) && !Seqs.isTuple(t) && !Seqs.isSet(t)) {
                    throw new FunctionException("argument must be list, tuple, or set");
                }
                if (list.length() == 0) {
                    return Value.FALSE;
                }
                boolean unknown = false;
                for (Value e : list.elements()) {
                    Value eq = Operations.equal(args.get(1), e);
                    if (!eq.isKnown()) {
                        unknown = true;
                    } else if (eq.asBool()) {
                        return Value.TRUE;
                    }
                }
                return unknown ? Value.unknown(Type.BOOL) : Value.FALSE;
            })
            .build();

    static final Function DISTINCT = FunctionSpec.builder()
            .param("list", Type.list(Type.DYNAMIC))
            .returns(args -> args.get(0).type())
            .impl((args, ret) -> {
                Value list = args.get(0);
                if (!list.isWhollyKnown()) {
                    return Value.unknown(ret);
                }
                List<Value> out = new ArrayList<>();
                for (Value v : list.elements()) {
                    boolean seen = false;
                    for (Value o : out) {
                        Value eq = Operations.equal(o, v);
                        seen |= eq.isKnown() && eq.asBool();
                    }
                    if (!seen) {
                        out.add(v);
                    }
                }
                return Value.list(Seqs.elementOf(ret), out);
            })
            .build();

    /** Packer's index: the position of the first element equal to the value. */
    static final Function INDEX = FunctionSpec.builder()
            .param("list", Type.DYNAMIC)
            .param("value", Type.DYNAMIC)
            .returns(Type.NUMBER)
            .impl((args, ret) -> {
                Value list = args.get(0);
                if (!Seqs.isList(list.type()) && !Seqs.isTuple(list.type())) {
                    throw new FunctionException("argument must be a list or tuple");
                }
                if (list.length() == 0) {
                    throw new FunctionException("cannot search an empty list");
                }
                List<Value> elements = list.elements();
                for (int i = 0; i < elements.size(); i++) {
                    Value eq = Operations.equal(elements.get(i), args.get(1));
                    if (!eq.isKnown()) {
                        return Value.unknown(Type.NUMBER);
                    }
                    if (eq.asBool()) {
                        return Value.number(i);
                    }
                }
                throw new FunctionException("item not found");
            })
            .build();

    /** Lexical sort of strings, in Go's (code point) order. */
    static final Function SORT = FunctionSpec.builder()
            .param("list", Type.list(Type.STRING))
            .returns(Type.list(Type.STRING))
            .impl((args, ret) -> {
                Value list = args.get(0);
                if (!list.isWhollyKnown()) {
                    return Value.unknown(ret);
                }
                List<String> strings = new ArrayList<>();
                List<Value> elements = list.elements();
                for (int i = 0; i < elements.size(); i++) {
                    if (elements.get(i).isNull()) {
                        throw new FunctionException("given list element " + i
                                + " is null; a null string cannot be sorted");
                    }
                    strings.add(elements.get(i).asString());
                }
                strings.sort(Seqs.GO_STRING_ORDER);
                return Value.list(Type.STRING, strings.stream().map(Value::string).toList());
            })
            .build();
}
