package io.jenkins.plugins.packer.engine.plan;

import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.Set;

/** The strings inside values marked sensitive (variables, locals, {@code sensitive()}), to be masked in output. */
final class SensitiveValues {

    private SensitiveValues() {
    }

    static void collect(Value v, Set<String> out) {
        walk(v, false, out);
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
        } else if (t == Type.NUMBER || t == Type.BOOL) {
            if (secret && t == Type.NUMBER) {
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
