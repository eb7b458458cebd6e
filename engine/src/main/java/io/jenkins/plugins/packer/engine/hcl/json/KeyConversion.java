package io.jenkins.plugins.packer.engine.hcl.json;

import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;

/** Conversion of an evaluated object key to a string. TODO: replace with hcl.value conversion. */
final class KeyConversion {

    private KeyConversion() {
    }

    static Value toString(Value v) {
        Type t = v.type();
        if (t == Type.STRING) {
            return v;
        }
        if (t == Type.DYNAMIC) {
            return v.isNull() ? Value.nullOf(Type.STRING) : Value.unknown(Type.STRING);
        }
        if (t == Type.NUMBER || t == Type.BOOL) {
            if (v.isNull()) {
                return Value.nullOf(Type.STRING);
            }
            if (!v.isKnown()) {
                return Value.unknown(Type.STRING);
            }
            return Value.string(t == Type.BOOL ? String.valueOf(v.asBool()) : v.asNumber().toPlainString());
        }
        throw new IllegalArgumentException("string required");
    }
}
