package io.jenkins.plugins.packer.engine.template;

import io.jenkins.plugins.packer.engine.hcl.function.Function;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionException;
import io.jenkins.plugins.packer.engine.hcl.function.Parameter;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.List;
import java.util.Map;

/**
 * {@code env("NAME")}: the value of an environment variable, or "" when unset. Packer allows it only in
 * variable defaults, so it is not in the general function table.
 */
final class EnvFunction implements Function {

    private final Map<String, String> environment;

    EnvFunction(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(Parameter.of("key", Type.STRING));
    }

    @Override
    public Parameter variadicParameter() {
        return null;
    }

    @Override
    public Value call(List<Value> arguments) throws FunctionException {
        Value key = arguments.get(0);
        if (!key.isKnown()) {
            return Value.unknown(Type.STRING).withMarks(key.marks());
        }
        if (key.isNull()) {
            throw new FunctionException(0, "argument must not be null");
        }
        if (key.type() != Type.STRING) {
            throw new FunctionException(0, "string required");
        }
        return Value.string(environment.getOrDefault(key.asString(), "")).withMarks(key.marks());
    }
}
