package io.jenkins.plugins.packer.engine.hcl.function.lib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.packer.engine.hcl.ExpressionFunction;
import io.jenkins.plugins.packer.engine.hcl.function.Function;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PackerFunctionsTest {

    private final Map<String, Function> table = PackerFunctions.table(PackerFunctions.Options.defaults());

    @Test
    void tableHasTheNumericStringCollectionAndTypeFunctions() {
        assertThat(table).containsKeys(
                "abs", "ceil", "floor", "log", "max", "min", "parseint", "pow", "signum", "sum",
                "chomp", "endswith", "format", "formatlist", "indent", "join", "lower", "regex", "regexall",
                "regex_replace", "replace", "split", "startswith", "strcontains", "strrev", "substr", "title", "trim",
                "trimprefix", "trimspace", "trimsuffix", "upper",
                "alltrue", "anytrue", "chunklist", "coalesce", "coalescelist", "compact", "concat", "contains",
                "distinct", "element", "flatten", "index", "keys", "length", "lookup", "merge", "range", "reverse",
                "setintersection", "setproduct", "setunion", "setsubtract", "slice", "sort", "values", "zipmap",
                "one", "transpose",
                "convert", "tolist", "tomap", "toset", "tonumber", "tostring", "tobool", "sensitive",
                "nonsensitive", "try", "can");
        assertThat(table).doesNotContainKey("env");
    }

    @Test
    void functionsNeedingUnevaluatedArgumentsAreExpressionFunctions() {
        assertThat(table.get("try")).isInstanceOf(ExpressionFunction.class);
        assertThat(table.get("can")).isInstanceOf(ExpressionFunction.class);
        assertThat(table.get("convert")).isInstanceOf(ExpressionFunction.class);
        assertThat(table.get("format")).isNotInstanceOf(ExpressionFunction.class);
    }

    @Test
    void parametersAreNamedAsInGoCty() {
        assertThat(table.get("lookup").parameters()).extracting(p -> p.name())
                .containsExactly("inputMap", "key", "default");
        assertThat(table.get("format").variadicParameter().name()).isEqualTo("args");
        assertThat(table.get("join").parameters().get(0).name()).isEqualTo("separator");
    }

    @Test
    void tableIsUnmodifiable() {
        assertThatThrownBy(() -> table.put("x", table.get("abs"))).isInstanceOf(UnsupportedOperationException.class);
    }
}
