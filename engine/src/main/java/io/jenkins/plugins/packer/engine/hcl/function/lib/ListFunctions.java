package io.jenkins.plugins.packer.engine.hcl.function.lib;

import io.jenkins.plugins.packer.engine.hcl.function.Function;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionException;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionSpec;
import io.jenkins.plugins.packer.engine.hcl.function.Parameter;
import io.jenkins.plugins.packer.engine.hcl.value.Mark;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;

/** slice, flatten and reverse (go-cty stdlib). */
final class ListFunctions {

    private ListFunctions() {
    }

    static final Function SLICE = FunctionSpec.builder()
            .param(Parameter.of("list", Type.DYNAMIC).allowingMarked())
            .param("start_index", Type.NUMBER)
            .param("end_index", Type.NUMBER)
            .returns(args -> {
                Type t = args.get(0).type();
                if (Seqs.isSet(t)) {
                    throw new FunctionException(0, "cannot slice a set, because its elements do not have indices; "
                            + "explicitly convert to a list if the ordering of the result is not important");
                }
                if (!Seqs.isList(t) && !Seqs.isTuple(t)) {
                    throw new FunctionException(0, "must be a list or tuple value");
                }
                int[] idx = indexes(args);
                if (Seqs.isList(t)) {
                    return t;
                }
                if (idx == null) {
                    return Type.DYNAMIC;
                }
                return Type.tuple(((Type.TupleType) t).elements().subList(idx[0], idx[1]));
            })
            .impl((args, ret) -> {
                Value list = args.get(0).unmark();
                if (ret.isDynamic()) {
                    return Value.DYNAMIC.withMarks(args.get(0).marks());
                }
                int[] idx = indexes(args);
                List<Value> out = list.elements().subList(idx[0], idx[1]);
                Value v = ret instanceof Type.ListType l ? Value.list(l.element(), out) : Value.tuple(out);
                return v.withMarks(args.get(0).marks());
            })
            .build();

    /** {start, end} checked against each other and the length when known; null when an index is unknown. */
    private static int[] indexes(List<Value> args) throws FunctionException {
        Value list = args.get(0).unmark();
        int length = -1;
        if (Seqs.isTuple(list.type())) {
            length = ((Type.TupleType) list.type()).elements().size();
        } else if (list.isKnown()) {
            length = list.length();
        }
        Integer start = index(args.get(1), 1, "start", length);
        Integer end = index(args.get(2), 2, "end", length);
        if (start == null || end == null) {
            return null;
        }
        if (start > end) {
            throw new FunctionException(1, "start index must not be greater than end index");
        }
        return new int[] {start, end};
    }

    private static Integer index(Value v, int argIndex, String which, int length) throws FunctionException {
        if (!v.isKnown()) {
            return null;
        }
        long i;
        try {
            i = Args.toLong(v, argIndex);
        } catch (FunctionException e) {
            throw new FunctionException(argIndex, "invalid " + which + " index: " + e.getMessage());
        }
        if (i < 0) {
            throw new FunctionException(argIndex, which + " index must not be less than zero");
        }
        if (length >= 0 && i > length) {
            throw new FunctionException(argIndex, which + " index must not be greater than the length of the list");
        }
        if (i > Integer.MAX_VALUE) {
            throw new FunctionException(argIndex, which + " index must not be greater than the length of the list");
        }
        return (int) i;
    }

    static final Function FLATTEN = FunctionSpec.builder()
            .param(Parameter.of("list", Type.DYNAMIC).allowingMarked())
            .returns(args -> {
                Value v = args.get(0);
                if (!v.isWhollyKnown()) {
                    return Type.DYNAMIC;
                }
                Type t = v.type();
                if (!Seqs.isList(t) && !Seqs.isSet(t) && !Seqs.isTuple(t)) {
                    throw new FunctionException("can only flatten lists, sets and tuples");
                }
                Flat flat = flatten(v);
                return flat.known ? Type.tuple(flat.values.stream().map(Value::type).toList()) : Type.DYNAMIC;
            })
            .impl((args, ret) -> {
                Value v = args.get(0);
                if (v.unmark().length() == 0) {
                    return Value.EMPTY_TUPLE.withMarks(v.marks());
                }
                Flat flat = flatten(v);
                if (!flat.known) {
                    return Value.unknown(ret).withMarks(flat.marks);
                }
                return Value.tuple(flat.values).withMarks(flat.marks);
            })
            .build();

    private record Flat(List<Value> values, EnumSet<Mark> marks, boolean known) {
    }

    /** go-cty's flattener: nested lists, sets and tuples are opened; their marks move to the result. */
    private static Flat flatten(Value v) {
        EnumSet<Mark> marks = EnumSet.noneOf(Mark.class);
        marks.addAll(v.marks());
        Value seq = v.unmark();
        List<Value> out = new ArrayList<>();
        if (!seq.isKnown()) {
            return new Flat(out, marks, false);
        }
        boolean known = true;
        for (Value e : seq.elements()) {
            Type t = e.type();
            if (t.isDynamic() && !e.isNull()) {
                known = false;
            }
            if (Seqs.isList(t) || Seqs.isSet(t) || Seqs.isTuple(t)) {
                if (!e.isKnown()) {
                    known = false;
                    marks.addAll(e.marks());
                    continue;
                }
                Flat inner = flatten(e);
                marks.addAll(inner.marks);
                if (inner.known) {
                    out.addAll(inner.values);
                } else {
                    known = false;
                }
            } else {
                out.add(e);
            }
        }
        return new Flat(out, marks, known);
    }

    static final Function REVERSE = FunctionSpec.builder()
            .param(Parameter.of("list", Type.DYNAMIC).allowingMarked())
            .returns(args -> {
                Type t = args.get(0).type();
                if (t instanceof Type.TupleType tt) {
                    List<Type> types = new ArrayList<>(tt.elements());
                    Collections.reverse(types);
                    return Type.tuple(types);
                }
                if (Seqs.isList(t) || Seqs.isSet(t)) {
                    return Type.list(Seqs.elementOf(t));
                }
                throw new FunctionException(0, "can only reverse list or tuple values, not " + t.friendlyName());
            })
            .impl((args, ret) -> {
                List<Value> vals = new ArrayList<>(args.get(0).unmark().elements());
                Collections.reverse(vals);
                Value out = ret instanceof Type.ListType l ? Value.list(l.element(), vals) : Value.tuple(vals);
                return out.withMarks(args.get(0).marks());
            })
            .build();
}
