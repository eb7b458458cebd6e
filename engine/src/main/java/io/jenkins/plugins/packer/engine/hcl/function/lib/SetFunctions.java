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
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BinaryOperator;

/**
 * setunion, setintersection, setsubtract and setproduct (go-cty stdlib). Arguments are converted to sets of
 * their unified element type first, so {@code setunion(["a"], [1])} is {@code ["1", "a"]}.
 */
final class SetFunctions {

    private SetFunctions() {
    }

    private static final Type ANY_SET = Type.set(Type.DYNAMIC);

    static final Function SETUNION = setOperation(true, (a, b) -> {
        Set<Value> s = new LinkedHashSet<>(a);
        s.addAll(b);
        return s;
    }, "first_set", "other_sets");

    static final Function SETINTERSECTION = setOperation(false, (a, b) -> {
        Set<Value> s = new LinkedHashSet<>(a);
        s.retainAll(b);
        return s;
    }, "first_set", "other_sets");

    static final Function SETSUBTRACT = FunctionSpec.builder()
            .param(Parameter.of("a", ANY_SET).allowingDynamicType())
            .param(Parameter.of("b", ANY_SET).allowingDynamicType())
            .returns(SetFunctions::setType)
            .impl((args, ret) -> apply(args, ret, false, (a, b) -> {
                Set<Value> s = new LinkedHashSet<>(a);
                s.removeAll(b);
                return s;
            }))
            .build();

    private static Function setOperation(boolean allowUnknowns, BinaryOperator<Set<Value>> op, String first,
            String others) {
        return FunctionSpec.builder()
                .param(Parameter.of(first, ANY_SET).allowingDynamicType())
                .variadic(Parameter.of(others, ANY_SET).allowingDynamicType())
                .returns(SetFunctions::setType)
                .impl((args, ret) -> apply(args, ret, allowUnknowns, op))
                .build();
    }

    private static Type setType(List<Value> args) throws FunctionException {
        List<Type> etys = new ArrayList<>();
        for (Value arg : args) {
            Type ety = Seqs.elementOf(arg.type());
            if (arg.isKnown() && !arg.isNull() && arg.length() == 0 && ety.isDynamic()) {
                continue;
            }
            etys.add(ety);
        }
        if (etys.isEmpty()) {
            return ANY_SET;
        }
        Optional<Type> common = Convert.unifyUnsafe(etys);
        if (common.isEmpty()) {
            throw new FunctionException("given sets must all have compatible element types");
        }
        return Type.set(common.get());
    }

    private static Value apply(List<Value> args, Type ret, boolean allowUnknowns, BinaryOperator<Set<Value>> op)
            throws FunctionException {
        Set<Value> result = null;
        for (int i = 0; i < args.size(); i++) {
            Value set;
            try {
                set = Convert.convert(args.get(i), ret);
            } catch (ConversionException e) {
                throw new FunctionException(i, e.getMessage());
            }
            if (!allowUnknowns && !set.isWhollyKnown()) {
                return Value.unknown(ret);
            }
            Set<Value> elements = new LinkedHashSet<>(set.elements());
            result = result == null ? elements : op.apply(result, elements);
        }
        return Value.set(((Type.SetType) ret).element(), new ArrayList<>(result));
    }

    static final Function SETPRODUCT = FunctionSpec.builder()
            .variadic(Parameter.of("sets", Type.DYNAMIC).allowingMarked())
            .returns(args -> {
                if (args.size() < 2) {
                    throw new FunctionException("at least two arguments are required");
                }
                int lists = 0;
                List<Type> etys = new ArrayList<>();
                for (int i = 0; i < args.size(); i++) {
                    Type t = args.get(i).type();
                    if (Seqs.isSet(t)) {
                        etys.add(Seqs.elementOf(t));
                    } else if (Seqs.isList(t)) {
                        etys.add(Seqs.elementOf(t));
                        lists++;
                    } else if (t instanceof Type.TupleType tt) {
                        lists++;
                        if (tt.elements().isEmpty()) {
                            etys.add(Type.DYNAMIC);
                            continue;
                        }
                        Optional<Type> common = Convert.unifyUnsafe(tt.elements());
                        if (common.isEmpty()) {
                            throw new FunctionException(i, "all elements must be of the same type");
                        }
                        etys.add(common.get());
                    } else {
                        throw new FunctionException(i, "a set or a list is required");
                    }
                }
                Type tuple = Type.tuple(etys);
                return lists == args.size() ? Type.list(tuple) : Type.set(tuple);
            })
            .impl((args, ret) -> {
                EnumSet<Mark> marks = EnumSet.noneOf(Mark.class);
                List<List<Value>> inputs = new ArrayList<>();
                for (Value arg : args) {
                    marks.addAll(arg.marks());
                    inputs.add(arg.unmark().elements());
                }
                Type.TupleType ety = (Type.TupleType) Seqs.elementOf(ret);
                List<Value> product = new ArrayList<>();
                if (inputs.stream().noneMatch(List::isEmpty)) {
                    product(inputs, ety.elements(), 0, new ArrayList<>(), product);
                }
                Value out = ret instanceof Type.ListType ? Value.list(ety, product) : Value.set(ety, product);
                return out.withMarks(marks);
            })
            .build();

    private static void product(List<List<Value>> inputs, List<Type> types, int depth, List<Value> prefix,
            List<Value> out) throws FunctionException {
        if (depth == inputs.size()) {
            out.add(Value.tuple(prefix));
            return;
        }
        for (Value v : inputs.get(depth)) {
            Value converted;
            try {
                converted = Convert.convert(v, types.get(depth));
            } catch (ConversionException e) {
                throw new FunctionException("failed to convert element to " + types.get(depth).friendlyName());
            }
            List<Value> next = new ArrayList<>(prefix);
            next.add(converted);
            product(inputs, types, depth + 1, next, out);
        }
    }
}
