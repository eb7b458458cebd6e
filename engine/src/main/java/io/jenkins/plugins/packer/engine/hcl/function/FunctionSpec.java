package io.jenkins.plugins.packer.engine.hcl.function;

import io.jenkins.plugins.packer.engine.hcl.value.Mark;
import io.jenkins.plugins.packer.engine.hcl.value.Marks;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A {@link Function} built from declared parameters, a return-type rule and an implementation, called the
 * way go-cty's {@code function.Function.Call} (together with HCL's argument conversion) does:
 *
 * <ol>
 * <li>the argument count is checked against the parameters;</li>
 * <li>each argument is converted to its parameter's type (a failure is a {@link FunctionException} on that
 * argument);</li>
 * <li>a null argument is rejected with "argument must not be null" unless the parameter allows null;</li>
 * <li>the return type is computed by the {@link TypeRule} (arguments stripped of their own marks unless
 * allowed); it is {@link Type#DYNAMIC} without asking the rule when an argument's type is not known yet
 * and the parameter does not allow that;</li>
 * <li>when an argument is unknown and its parameter does not allow unknowns, the result is an unknown value
 * of the return type, carrying the marks of all arguments;</li>
 * <li>otherwise marks are removed (deeply) from arguments whose parameter does not allow marked values, the
 * {@link Impl} runs, and the removed marks are added to its result.</li>
 * </ol>
 *
 * <p>Create with {@link #builder()}. Instances are immutable and thread-safe when their rule and
 * implementation are.
 */
public final class FunctionSpec implements Function {

    /** Decides the return type from the (converted) arguments, which may be unknown. */
    @FunctionalInterface
    public interface TypeRule {
        Type returnType(List<Value> args) throws FunctionException;
    }

    /** The implementation; receives converted, known arguments (unless allowed otherwise). */
    @FunctionalInterface
    public interface Impl {
        Value call(List<Value> args, Type returnType) throws FunctionException;
    }

    private final List<Parameter> parameters;
    private final Parameter variadic;
    private final TypeRule typeRule;
    private final Impl impl;

    private FunctionSpec(Builder b) {
        this.parameters = List.copyOf(b.parameters);
        this.variadic = b.variadic;
        this.typeRule = Objects.requireNonNull(b.typeRule, "return type");
        this.impl = Objects.requireNonNull(b.impl, "implementation");
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public List<Parameter> parameters() {
        return parameters;
    }

    @Override
    public Parameter variadicParameter() {
        return variadic;
    }

    /** The return type for these arguments, as {@link #call} would compute it (useful for type checks). */
    public Type returnType(List<Value> arguments) throws FunctionException {
        return prepare(arguments).returnType;
    }

    @Override
    public Value call(List<Value> arguments) throws FunctionException {
        Prepared p = prepare(arguments);
        List<Value> args = p.args;
        boolean unsupportedUnknown = false;
        for (int i = 0; i < args.size(); i++) {
            if (!args.get(i).isKnown() && !parameterAt(i).allowUnknown()) {
                unsupportedUnknown = true;
            }
        }
        EnumSet<Mark> resultMarks = EnumSet.noneOf(Mark.class);
        List<Value> plain = new ArrayList<>(args.size());
        for (int i = 0; i < args.size(); i++) {
            Value a = args.get(i);
            if (unsupportedUnknown || !parameterAt(i).allowMarked()) {
                resultMarks.addAll(Marks.collectDeep(a));
                a = Marks.unmarkDeep(a);
            }
            plain.add(a);
        }
        if (unsupportedUnknown) {
            return Value.unknown(p.returnType).withMarks(resultMarks);
        }
        Value result;
        try {
            result = impl.call(List.copyOf(plain), p.returnType);
        } catch (RuntimeException e) {
            throw new FunctionException("panic in function implementation: " + e);
        }
        return result.withMarks(resultMarks);
    }

    private record Prepared(List<Value> args, Type returnType) {
    }

    private Prepared prepare(List<Value> arguments) throws FunctionException {
        checkArity(arguments.size());
        List<Value> args = new ArrayList<>(arguments.size());
        for (int i = 0; i < arguments.size(); i++) {
            args.add(ArgumentConversion.convert(i, arguments.get(i), parameterAt(i).type()));
        }
        for (int i = 0; i < args.size(); i++) {
            Parameter param = parameterAt(i);
            Value a = args.get(i);
            if (a.isNull() && !param.allowNull()) {
                throw new FunctionException(i, "argument must not be null");
            }
            if (a.type().isDynamic() && !param.allowDynamicType()) {
                // go-cty stops checking here: the type rule cannot be asked without a type
                return new Prepared(args, Type.DYNAMIC);
            }
        }
        List<Value> forType = new ArrayList<>(args.size());
        for (int i = 0; i < args.size(); i++) {
            Value a = args.get(i);
            forType.add(parameterAt(i).allowMarked() ? a : a.unmark());
        }
        try {
            return new Prepared(args, typeRule.returnType(List.copyOf(forType)));
        } catch (RuntimeException e) {
            throw new FunctionException("panic in function implementation: " + e);
        }
    }

    private void checkArity(int given) throws FunctionException {
        if (variadic == null && given != parameters.size()) {
            throw new FunctionException(String.format("wrong number of arguments (%d required; %d given)",
                    parameters.size(), given));
        }
        if (variadic != null && given < parameters.size()) {
            throw new FunctionException(String.format(
                    "wrong number of arguments (at least %d required; %d given)", parameters.size(), given));
        }
    }

    private Parameter parameterAt(int i) {
        return i < parameters.size() ? parameters.get(i) : variadic;
    }

    /** Collects the parts of a {@link FunctionSpec}. */
    public static final class Builder {
        private final List<Parameter> parameters = new ArrayList<>();
        private Parameter variadic;
        private TypeRule typeRule;
        private Impl impl;

        private Builder() {
        }

        /** Adds a positional parameter. */
        public Builder param(Parameter p) {
            parameters.add(Objects.requireNonNull(p));
            return this;
        }

        /** Adds a positional parameter taking known, non-null, unmarked values of {@code type}. */
        public Builder param(String name, Type type) {
            return param(Parameter.of(name, type));
        }

        /** Sets the parameter that takes any number of trailing arguments. */
        public Builder variadic(Parameter p) {
            variadic = Objects.requireNonNull(p);
            return this;
        }

        /** A fixed return type. */
        public Builder returns(Type type) {
            Objects.requireNonNull(type);
            typeRule = args -> type;
            return this;
        }

        /** A return type computed from the arguments. */
        public Builder returns(TypeRule rule) {
            typeRule = Objects.requireNonNull(rule);
            return this;
        }

        public Builder impl(Impl implementation) {
            impl = Objects.requireNonNull(implementation);
            return this;
        }

        public FunctionSpec build() {
            return new FunctionSpec(this);
        }
    }

    /** Marks to put on a result: the union of the given sets. Convenience for implementations. */
    public static Set<Mark> union(Set<Mark> a, Set<Mark> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        EnumSet<Mark> all = EnumSet.copyOf(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
