package io.jenkins.plugins.packer.engine.hcl.function.lib;

import io.jenkins.plugins.packer.engine.hcl.function.Function;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionException;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionSpec;
import io.jenkins.plugins.packer.engine.hcl.function.Parameter;
import io.jenkins.plugins.packer.engine.hcl.value.ConversionException;
import io.jenkins.plugins.packer.engine.hcl.value.Convert;
import io.jenkins.plugins.packer.engine.hcl.value.Mark;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** keys, values, lookup, merge and zipmap (go-cty stdlib). */
final class MapFunctions {

    private MapFunctions() {
    }

    static final Function KEYS = FunctionSpec.builder()
            .param(Parameter.of("inputMap", Type.DYNAMIC).allowingUnknown().allowingMarked())
            .returns(args -> {
                Type t = args.get(0).type();
                if (t instanceof Type.MapType) {
                    return Type.list(Type.STRING);
                }
                if (t instanceof Type.ObjectType o) {
                    return Type.tuple(Collections.nCopies(o.attributes().size(), Type.STRING));
                }
                throw new FunctionException(0, "must have map or object type");
            })
            .impl((args, ret) -> {
                Value m = args.get(0).unmark();
                if (m.type() instanceof Type.ObjectType o) {
                    return Value.tuple(o.attributes().keySet().stream().map(Value::string).toList())
                            .withMarks(args.get(0).marks());
                }
                if (!m.isKnown()) {
                    return Value.unknown(ret).withMarks(args.get(0).marks());
                }
                return Value.list(Type.STRING, m.attributes().keySet().stream().map(Value::string).toList())
                        .withMarks(args.get(0).marks());
            })
            .build();

    static final Function VALUES = FunctionSpec.builder()
            .param(Parameter.of("values", Type.DYNAMIC).allowingMarked())
            .returns(args -> {
                Type t = args.get(0).type();
                if (t instanceof Type.MapType mt) {
                    return Type.list(mt.element());
                }
                if (t instanceof Type.ObjectType o) {
                    return Type.tuple(new ArrayList<>(o.attributes().values()));
                }
                throw new FunctionException("values() requires a map as the first argument");
            })
            .impl((args, ret) -> {
                List<Value> vals = new ArrayList<>(args.get(0).unmark().attributes().values());
                Value out = ret instanceof Type.ListType l ? Value.list(l.element(), vals) : Value.tuple(vals);
                return out.withMarks(args.get(0).marks());
            })
            .build();

    static final Function LOOKUP = FunctionSpec.builder()
            .param(Parameter.of("inputMap", Type.DYNAMIC).allowingMarked())
            .param(Parameter.of("key", Type.STRING).allowingMarked())
            .param(Parameter.of("default", Type.DYNAMIC).allowingMarked())
            .returns(args -> {
                Type t = args.get(0).type();
                if (t instanceof Type.ObjectType o) {
                    if (!args.get(1).isKnown()) {
                        return Type.DYNAMIC;
                    }
                    Type attr = o.attributes().get(args.get(1).unmark().asString());
                    return attr != null ? attr : args.get(2).type();
                }
                if (t instanceof Type.MapType mt) {
                    try {
                        Convert.convert(args.get(2), mt.element());
                    } catch (ConversionException e) {
                        throw new FunctionException(2, "the default value must have the same type as the map elements");
                    }
                    return mt.element();
                }
                throw new FunctionException(0, "lookup() requires a map as the first argument");
            })
            .impl((args, ret) -> {
                Value map = args.get(0).unmark();
                EnumSet<Mark> marks = EnumSet.noneOf(Mark.class);
                marks.addAll(args.get(0).marks());
                marks.addAll(args.get(1).marks());
                String key = args.get(1).unmark().asString();
                if (!map.isWhollyKnown()) {
                    return Value.unknown(ret).withMarks(marks);
                }
                Value found = map.attributes().get(key);
                if (found != null) {
                    return found.withMarks(marks);
                }
                try {
                    return Convert.convert(args.get(2), ret).withMarks(marks);
                } catch (ConversionException e) {
                    throw new FunctionException(e.getMessage());
                }
            })
            .build();

    static final Function MERGE = FunctionSpec.builder()
            .variadic(Parameter.of("maps", Type.DYNAMIC).allowingDynamicType().allowingNull().allowingMarked())
            .returns(MapFunctions::mergeType)
            .impl((args, ret) -> {
                Map<String, Value> out = new TreeMap<>();
                EnumSet<Mark> marks = EnumSet.noneOf(Mark.class);
                for (Value arg : args) {
                    if (arg.isNull()) {
                        continue;
                    }
                    marks.addAll(arg.marks());
                    out.putAll(arg.unmark().attributes());
                }
                Value v = ret instanceof Type.MapType mt ? Value.map(mt.element(), out) : Value.object(out);
                return v.withMarks(marks);
            })
            .build();

    private static Type mergeType(List<Value> args) throws FunctionException {
        if (args.isEmpty()) {
            return Type.EMPTY_OBJECT;
        }
        Map<String, Type> attrs = new TreeMap<>();
        Type first = null;
        boolean matching = true;
        boolean attrsKnown = true;
        for (Value arg : args) {
            Type t = arg.type();
            if (t.isDynamic()) {
                return Type.DYNAMIC;
            }
            if (!(t instanceof Type.MapType) && !(t instanceof Type.ObjectType)) {
                throw new FunctionException("arguments must be maps or objects, got \"" + t.friendlyName() + "\"");
            }
            Value plain = arg.unmark();
            if (t instanceof Type.ObjectType o && !plain.isNull()) {
                attrs.putAll(o.attributes());
            } else if (t instanceof Type.MapType mt && !plain.isNull()) {
                if (plain.isKnown()) {
                    plain.attributes().keySet().forEach(k -> attrs.put(k, mt.element()));
                } else {
                    attrsKnown = false;
                }
            }
            if (first == null) {
                first = t;
            } else if (!t.equals(first)) {
                matching = false;
            }
        }
        if (matching) {
            return first;
        }
        return attrsKnown ? Type.object(attrs) : Type.DYNAMIC;
    }

    static final Function ZIPMAP = FunctionSpec.builder()
            .param(Parameter.of("keys", Type.list(Type.STRING)).allowingMarked())
            .param(Parameter.of("values", Type.DYNAMIC).allowingMarked())
            .returns(args -> {
                Value keys = args.get(0);
                Type vt = args.get(1).type();
                if (vt instanceof Type.ListType lt) {
                    return Type.map(lt.element());
                }
                if (vt instanceof Type.TupleType tt) {
                    if (!keys.isWhollyKnown()) {
                        return Type.DYNAMIC;
                    }
                    List<Value> raw = keys.unmark().elements();
                    if (raw.size() != tt.elements().size()) {
                        throw new FunctionException("number of keys (" + raw.size()
                                + ") does not match number of values (" + tt.elements().size() + ")");
                    }
                    Map<String, Type> attrs = new LinkedHashMap<>();
                    for (int i = 0; i < raw.size(); i++) {
                        attrs.put(key(raw.get(i), i), tt.elements().get(i));
                    }
                    return Type.object(attrs);
                }
                throw new FunctionException("values argument must be a list or tuple value");
            })
            .impl((args, ret) -> {
                Value keys = args.get(0).unmark();
                Value values = args.get(1).unmark();
                EnumSet<Mark> marks = EnumSet.noneOf(Mark.class);
                marks.addAll(args.get(0).marks());
                marks.addAll(args.get(1).marks());
                if (!keys.isWhollyKnown()) {
                    return Value.unknown(ret).withMarks(marks);
                }
                if (keys.length() != values.length()) {
                    throw new FunctionException("number of keys (" + keys.length()
                            + ") does not match number of values (" + values.length() + ")");
                }
                Map<String, Value> out = new TreeMap<>();
                for (int i = 0; i < keys.length(); i++) {
                    Value k = keys.elements().get(i);
                    marks.addAll(k.marks());
                    out.put(key(k.unmark(), i), values.elements().get(i));
                }
                Value v = ret instanceof Type.MapType mt ? Value.map(mt.element(), out) : Value.object(out);
                return v.withMarks(marks);
            })
            .build();

    private static String key(Value k, int i) throws FunctionException {
        Value plain = k.unmark();
        if (plain.isNull()) {
            throw new FunctionException("keys list has null value at index " + i);
        }
        return plain.asString();
    }
}
