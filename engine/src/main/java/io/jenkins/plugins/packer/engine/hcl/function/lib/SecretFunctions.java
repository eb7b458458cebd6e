package io.jenkins.plugins.packer.engine.hcl.function.lib;

import io.jenkins.plugins.packer.engine.hcl.function.Function;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionException;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionSpec;
import io.jenkins.plugins.packer.engine.hcl.function.Parameter;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import java.util.Map;
import java.util.TreeMap;

/**
 * Packer's functions that read secrets from network services: {@code aws_secretsmanager(name, key)},
 * {@code aws_secretsmanager_raw(name)}, {@code consul_key(key)} and {@code vault(path, key)}. This engine
 * does not contact those services yet, so the functions are declared with Packer's parameters (argument
 * counts and types are checked as usual, unknown arguments give unknown results) and a call with known
 * arguments fails with a message saying so, rather than producing a made-up value.
 */
public final class SecretFunctions {

    private SecretFunctions() {
    }

    /** The secret-reading functions by name; every call with known arguments is an error. */
    public static Map<String, Function> all() {
        Map<String, Function> m = new TreeMap<>();
        m.put("aws_secretsmanager", unsupported("aws_secretsmanager", "AWS Secrets Manager",
                Parameter.of("name", Type.STRING), Parameter.of("key", Type.STRING).allowingNull()));
        m.put("aws_secretsmanager_raw", unsupported("aws_secretsmanager_raw", "AWS Secrets Manager",
                Parameter.of("name", Type.STRING)));
        m.put("consul_key", unsupported("consul_key", "Consul", Parameter.of("key", Type.STRING)));
        m.put("vault", unsupported("vault", "HashiCorp Vault", Parameter.of("path", Type.STRING),
                Parameter.of("key", Type.STRING)));
        return m;
    }

    private static Function unsupported(String name, String service, Parameter... params) {
        FunctionSpec.Builder b = FunctionSpec.builder().returns(Type.STRING);
        for (Parameter p : params) {
            b.param(p);
        }
        return b.impl((args, ret) -> {
            throw new FunctionException("the " + name + " function is not supported by this engine yet: it would "
                    + "read from " + service + ", which jpacker does not contact; pass the value in through a "
                    + "variable (for example with -var or a PKR_VAR_ environment variable) instead");
        }).build();
    }
}
