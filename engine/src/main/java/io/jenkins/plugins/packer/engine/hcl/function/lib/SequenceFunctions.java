package io.jenkins.plugins.packer.engine.hcl.function.lib;

import io.jenkins.plugins.packer.engine.hcl.function.Function;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionException;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionSpec;
import io.jenkins.plugins.packer.engine.hcl.function.Parameter;
import io.jenkins.plugins.packer.engine.hcl.value.ConversionException;
import io.jenkins.plugins.packer.engine.hcl.value.Convert;
import io.jenkins.plugins.packer.engine.hcl.value.Mark;
import io.jenkins.plugins.packer.engine.hcl.value.Numbers;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/** concat, range, chunklist and element (go-cty stdlib). */
final class SequenceFunctions {

    private SequenceFunctions() {
    }

    static final Function CONCAT = FunctionSpec.builder()
            .variadic(Parameter.of("seqs", Type.DYNAMIC).allowingMarked())
            .returns(SequenceFunctions::concatType)
            .impl((args, ret) -> {
                EnumSet<Mark> marks = EnumSet.noneOf(Mark.class);
                List<Value> vals = new ArrayList<>();
                for (int i = 0; i < args.size(); i++) {
                    Value seq = args.get(i);
                    if (ret instanceof Type.ListType) {
                        try {
                            seq = Convert.convert(seq, ret);
                        } catch (ConversionException e) {
                            throw new FunctionException(i, e.getMessage());
                        }
                    }
                    marks.addAll(seq.marks());
                    vals.addAll(seq.unmark().elements());
                }
                Value out = ret instanceof Type.ListType l ? Value.list(l.element(), vals) : Value.tuple(vals);
                return out.withMarks(marks);
            })
            .build();

    private static Type concatType(List<Value> args) throws FunctionException {
        if (args.isEmpty()) {
            throw new FunctionException("at least one argument is required");
        }
        if (args.stream().allMatch(a -> Seqs.isList(a.type()))) {
            Optional<Type> common = Convert.unifyUnsafe(args.stream().map(Value::type).toList());
            if (common.isPresent()) {
                return common.get();
            }
        }
        List<Type> etys = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            Value v = args.get(i);
            Type t = v.type();
            if (t instanceof Type.TupleType tt) {
                etys.addAll(tt.elements());
            } else if (t instanceof Type.ListType lt) {
                if (!v.isKnown()) {
                    return Type.DYNAMIC;
                }
                for (int j = 0; j < v.length(); j++) {
                    etys.add(lt.element());
                }
            } else {
                throw new FunctionException(i, "all arguments must be lists or tuples; got " + t.friendlyName());
            }
        }
        return Type.tuple(etys);
    }

    /**
     * range(limit), range(start, limit) or range(start, limit, step). As in go-cty, a zero step is not
     * caught by its "step must not be zero" check (which compares value identity), so it runs into the
     * 1024-element limit unless start equals limit.
     */
    static final Function RANGE = FunctionSpec.builder()
            .variadic(Parameter.of("params", Type.NUMBER))
            .returns(Type.list(Type.NUMBER))
            .impl((args, ret) -> {
                BigDecimal start;
                BigDecimal end;
                BigDecimal step;
                switch (args.size()) {
                    case 1 -> {
                        start = BigDecimal.ZERO;
                        end = args.get(0).asNumber();
                        step = BigDecimal.valueOf(end.signum() < 0 ? -1 : 1);
                    }
                    case 2 -> {
                        start = args.get(0).asNumber();
                        end = args.get(1).asNumber();
                        step = BigDecimal.valueOf(end.compareTo(start) < 0 ? -1 : 1);
                    }
                    case 3 -> {
                        start = args.get(0).asNumber();
                        end = args.get(1).asNumber();
                        step = args.get(2).asNumber();
                    }
                    default -> throw new FunctionException("must have one, two, or three arguments");
                }
                boolean down = step.signum() < 0;
                if (down && end.compareTo(start) > 0) {
                    throw new FunctionException(1, "end must be less than start when step is negative");
                }
                if (!down && end.compareTo(start) < 0) {
                    throw new FunctionException(1, "end must be greater than start when step is positive");
                }
                List<Value> vals = new ArrayList<>();
                for (BigDecimal n = start; down ? n.compareTo(end) > 0 : n.compareTo(end) < 0;
                        n = Numbers.add(n, step)) {
                    if (vals.size() >= 1024) {
                        throw new FunctionException("more than 1024 values were generated; either decrease the "
                                + "difference between start and end or use a smaller step");
                    }
                    vals.add(Value.number(n));
                }
                return Value.list(Type.NUMBER, vals);
            })
            .build();

    static final Function CHUNKLIST = FunctionSpec.builder()
            .param(Parameter.of("list", Type.list(Type.DYNAMIC)).allowingMarked())
            .param(Parameter.of("size", Type.NUMBER).allowingMarked())
            .returns(args -> Type.list(args.get(0).type()))
            .impl((args, ret) -> {
                Value list = args.get(0).unmark();
                Value sizeVal = args.get(1).unmark();
                EnumSet<Mark> marks = EnumSet.noneOf(Mark.class);
                marks.addAll(args.get(0).marks());
                marks.addAll(args.get(1).marks());
                long size;
                try {
                    size = Args.toLong(sizeVal, -1);
                } catch (FunctionException e) {
                    throw new FunctionException("invalid size: " + e.getMessage());
                }
                if (size < 0) {
                    throw new FunctionException("the size argument must be positive");
                }
                Type listType = list.type();
                List<Value> elements = list.elements();
                List<Value> chunks = new ArrayList<>();
                if (!elements.isEmpty()) {
                    if (size == 0) {
                        chunks.add(list);
                    } else {
                        for (int i = 0; i < elements.size(); i += (int) Math.min(size, elements.size())) {
                            int to = (int) Math.min(elements.size(), i + size);
                            chunks.add(Value.list(Seqs.elementOf(listType), elements.subList(i, to)));
                        }
                    }
                }
                return Value.list(listType, chunks).withMarks(marks);
            })
            .build();

    static final Function ELEMENT = FunctionSpec.builder()
            .param(Parameter.of("list", Type.DYNAMIC).allowingMarked())
            .param("index", Type.NUMBER)
            .returns(args -> {
                Value index = args.get(1);
                if (index.isKnown() && index.asNumber().signum() < 0) {
                    throw new FunctionException("cannot use element function with a negative index");
                }
                Type t = args.get(0).type();
                if (t instanceof Type.ListType l) {
                    return l.element();
                }
                if (t instanceof Type.TupleType tt) {
                    if (!index.isKnown()) {
                        return Type.DYNAMIC;
                    }
                    long i = index(index);
                    if (tt.elements().isEmpty()) {
                        throw new FunctionException("cannot use element function with an empty list");
                    }
                    return tt.elements().get((int) (i % tt.elements().size()));
                }
                throw new FunctionException("cannot read elements from " + t.friendlyName());
            })
            .impl((args, ret) -> {
                long i = index(args.get(1));
                if (i < 0) {
                    throw new FunctionException("cannot use element function with a negative index");
                }
                Value list = args.get(0).unmark();
                if (!list.isKnown()) {
                    return Value.unknown(ret).withMarks(args.get(0).marks());
                }
                int length = list.length();
                if (length == 0) {
                    throw new FunctionException("cannot use element function with an empty list");
                }
                return list.elements().get((int) (i % length)).withMarks(args.get(0).marks());
            })
            .build();

    private static long index(Value index) throws FunctionException {
        try {
            return Args.toLong(index, -1);
        } catch (FunctionException e) {
            throw new FunctionException("invalid index: " + e.getMessage());
        }
    }
}
