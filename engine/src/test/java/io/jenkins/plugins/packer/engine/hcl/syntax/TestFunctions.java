package io.jenkins.plugins.packer.engine.hcl.syntax;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Expression;
import io.jenkins.plugins.packer.engine.hcl.ExpressionFunction;
import io.jenkins.plugins.packer.engine.hcl.function.Function;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionException;
import io.jenkins.plugins.packer.engine.hcl.function.Parameter;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.List;
import java.util.Map;

/** Small functions for evaluator tests (the real library lives elsewhere). */
final class TestFunctions {

    private TestFunctions() {
    }

    /** upper(str): fails with an argument error on "bad". */
    static final Function UPPER = new Function() {
        @Override
        public List<Parameter> parameters() {
            return List.of(Parameter.of("str", Type.STRING));
        }

        @Override
        public Parameter variadicParameter() {
            return null;
        }

        @Override
        public Value call(List<Value> args) throws FunctionException {
            Value v = args.get(0);
            if (!v.isKnown()) {
                return Value.unknown(Type.STRING).withMarks(v.marks());
            }
            if (v.asString().equals("bad")) {
                throw new FunctionException(0, "the word bad is not allowed");
            }
            return Value.string(v.asString().toUpperCase()).withMarks(v.marks());
        }
    };

    /** sum(first, rest...). */
    static final Function SUM = new Function() {
        @Override
        public List<Parameter> parameters() {
            return List.of(Parameter.of("first", Type.NUMBER));
        }

        @Override
        public Parameter variadicParameter() {
            return Parameter.of("rest", Type.NUMBER);
        }

        @Override
        public Value call(List<Value> args) throws FunctionException {
            java.math.BigDecimal total = java.math.BigDecimal.ZERO;
            for (Value v : args) {
                if (v.isNull()) {
                    throw new FunctionException(args.indexOf(v), "argument must not be null");
                }
                total = total.add(v.asNumber());
            }
            return Value.number(total);
        }
    };

    /** boom(): always fails as a whole. */
    static final Function BOOM = new Function() {
        @Override
        public List<Parameter> parameters() {
            return List.of();
        }

        @Override
        public Parameter variadicParameter() {
            return null;
        }

        @Override
        public Value call(List<Value> args) throws FunctionException {
            throw new FunctionException("it exploded");
        }
    };

    /** try-like: returns the first argument that evaluates without errors. */
    static final ExpressionFunction FIRST_OK = new ExpressionFunction() {
        @Override
        public List<Parameter> parameters() {
            return List.of();
        }

        @Override
        public Parameter variadicParameter() {
            return Parameter.of("expressions", Type.DYNAMIC);
        }

        @Override
        public Value call(List<Value> args) {
            throw new UnsupportedOperationException("called with expressions only");
        }

        @Override
        public Value callWithExpressions(List<Expression> arguments, EvalContext ctx, Diagnostics diags) {
            for (Expression e : arguments) {
                Diagnostics local = new Diagnostics();
                Value v = e.value(ctx, local);
                if (!local.hasErrors()) {
                    return v;
                }
            }
            diags.error("No successful expression", "", null);
            return Value.DYNAMIC;
        }
    };

    static Map<String, Function> all() {
        return Map.of("upper", UPPER, "sum", SUM, "boom", BOOM, "first_ok", FIRST_OK);
    }
}
