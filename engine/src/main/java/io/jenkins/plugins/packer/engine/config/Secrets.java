package io.jenkins.plugins.packer.engine.config;

import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.Set;

/** Finds the secret strings inside a value: every primitive under a sensitive mark, or under a sensitive field. */
final class Secrets {

    private Secrets() {
    }

    static void collect(Value v, boolean sensitiveField, Set<String> out) {
        walk(v, sensitiveField, out);
    }

    private static void walk(Value v, boolean inherited, Set<String> out) {
        boolean secret = inherited || v.isSensitive();
        if (!v.isKnown() || v.isNull()) {
            return;
        }
        Type t = v.type();
        if (t == Type.STRING) {
            if (secret && !v.asString().isEmpty()) {
                out.add(v.asString());
            }
        } else if (t == Type.NUMBER) {
            if (secret) {
                out.add(v.asNumber().toPlainString());
            }
        } else if (t instanceof Type.ListType || t instanceof Type.SetType || t instanceof Type.TupleType) {
            for (Value e : v.elements()) {
                walk(e, secret, out);
            }
        } else if (t instanceof Type.MapType || t instanceof Type.ObjectType) {
            for (Value e : v.attributes().values()) {
                walk(e, secret, out);
            }
        }
    }
}
