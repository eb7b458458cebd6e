package io.jenkins.plugins.packer.engine.hcl.function.lib;

import io.jenkins.plugins.packer.engine.hcl.function.Function;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionException;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionSpec;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code transpose(map of lists of strings)} (Terraform): swaps keys and values, so
 * {@code {a = ["1", "2"], b = ["2", "3"]}} becomes {@code {"1" = ["a"], "2" = ["a", "b"], "3" = ["b"]}}.
 */
final class Transpose {

    private static final Type LIST_OF_STRING = Type.list(Type.STRING);

    private Transpose() {
    }

    static final Function FUNCTION = FunctionSpec.builder()
            .param("values", Type.map(LIST_OF_STRING))
            .returns(Type.map(LIST_OF_STRING))
            .impl((args, ret) -> {
                Value input = args.get(0);
                if (!input.isWhollyKnown()) {
                    return Value.unknown(ret);
                }
                Map<String, List<String>> tmp = new TreeMap<>();
                for (Map.Entry<String, Value> e : input.attributes().entrySet()) {
                    if (e.getValue().isNull()) {
                        throw new FunctionException("input must be map of lists of strings");
                    }
                    for (Value v : e.getValue().elements()) {
                        if (v.isNull()) {
                            throw new FunctionException("input must be map of lists of strings");
                        }
                        tmp.computeIfAbsent(v.asString(), k -> new ArrayList<>()).add(e.getKey());
                    }
                }
                Map<String, Value> out = new TreeMap<>();
                tmp.forEach((k, keys) -> {
                    keys.sort(Seqs.GO_STRING_ORDER);
                    out.put(k, Value.list(Type.STRING, keys.stream().map(Value::string).toList()));
                });
                return Value.map(LIST_OF_STRING, out);
            })
            .build();
}
