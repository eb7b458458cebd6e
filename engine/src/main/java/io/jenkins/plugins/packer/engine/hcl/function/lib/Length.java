package io.jenkins.plugins.packer.engine.hcl.function.lib;

import io.jenkins.plugins.packer.engine.hcl.function.Function;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionException;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionSpec;
import io.jenkins.plugins.packer.engine.hcl.function.Parameter;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.List;

/**
 * Packer's {@code length} (characters of a string, elements of a collection, attributes of an object; the
 * length of a tuple or object is known even when its value is not) and Terraform's {@code one} (the only
 * element of a list, set or tuple, or null when it is empty).
 */
final class Length {

    private Length() {
    }

    static final Function FUNCTION = FunctionSpec.builder()
            .param(Parameter.of("value", Type.DYNAMIC).allowingDynamicType().allowingUnknown())
            .returns(args -> {
                Type t = args.get(0).type();
                if (t.equals(Type.STRING) || t.isDynamic() || Seqs.isTuple(t) || Seqs.isObject(t) || Seqs.isList(t)
                        || Seqs.isMap(t) || Seqs.isSet(t)) {
                    return Type.NUMBER;
                }
                throw new FunctionException("argument must be a string, a collection type, or a structural type");
            })
            .impl((args, ret) -> {
                Value v = args.get(0);
                Type t = v.type();
                if (t instanceof Type.TupleType tt) {
                    return Value.number(tt.elements().size());
                }
                if (t instanceof Type.ObjectType o) {
                    return Value.number(o.attributes().size());
                }
                if (t.isDynamic() || !v.isKnown()) {
                    return Value.unknown(Type.NUMBER);
                }
                if (t.equals(Type.STRING)) {
                    return Value.number(GoStrings.graphemes(v.asString()).size());
                }
                return Value.number(v.length());
            })
            .build();

    static final Function ONE = FunctionSpec.builder()
            .param("list", Type.DYNAMIC)
            .returns(args -> {
                Type t = args.get(0).type();
                if (Seqs.isList(t) || Seqs.isSet(t)) {
                    return Seqs.elementOf(t);
                }
                if (t instanceof Type.TupleType tt && tt.elements().size() <= 1) {
                    return tt.elements().isEmpty() ? Type.DYNAMIC : tt.elements().get(0);
                }
                throw new FunctionException(0, "must be a list, set, or tuple value with either zero or one elements");
            })
            .impl((args, ret) -> {
                List<Value> elements = args.get(0).elements();
                if (elements.isEmpty()) {
                    return Value.nullOf(ret);
                }
                if (elements.size() == 1) {
                    return elements.get(0);
                }
                throw new FunctionException(0, "must be a list, set, or tuple value with either zero or one elements");
            })
            .build();
}
