package io.jenkins.plugins.packer.engine.hcl.function.lib;

import io.jenkins.plugins.packer.engine.hcl.function.Function;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionSpec;
import io.jenkins.plugins.packer.engine.hcl.function.Parameter;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.List;

/**
 * {@code substr(str, offset, length)} (go-cty stdlib), counting grapheme clusters. A negative offset counts
 * from the end; a length of -1 takes the rest. Offsets past the end give "". As in go-cty, a zero length
 * with a negative offset takes the rest of the string.
 */
final class Substr {

    private Substr() {
    }

    static final Function FUNCTION = FunctionSpec.builder()
            .param(Parameter.of("str", Type.STRING).allowingDynamicType())
            .param(Parameter.of("offset", Type.NUMBER).allowingDynamicType())
            .param(Parameter.of("length", Type.NUMBER).allowingDynamicType())
            .returns(Type.STRING)
            .impl((args, ret) -> {
                long offset = Args.toLong(args.get(1), -1);
                long length = Args.toLong(args.get(2), -1);
                List<String> chars = GoStrings.graphemes(args.get(0).asString());
                if (offset < 0) {
                    offset += chars.size();
                } else if (length == 0) {
                    return Value.string("");
                }
                int start = (int) Math.min(Math.max(offset, 0), chars.size());
                int end = length <= 0 ? chars.size() : start + (int) Math.min(chars.size() - start, length);
                return Value.string(String.join("", chars.subList(start, end)));
            })
            .build();
}
