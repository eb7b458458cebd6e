package io.jenkins.plugins.packer.engine.hcl.function;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.function.lib.PackerFunctions;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A function table made on first use, once, and not before. */
class LazyFunctionTableTest {

    @Test
    void theTableIsMadeOnFirstLookupOnly() {
        AtomicInteger made = new AtomicInteger();
        Map<String, Function> real = PackerFunctions.table(PackerFunctions.Options.defaults());
        LazyFunctionTable lazy = new LazyFunctionTable(() -> {
            made.incrementAndGet();
            return Map.of("upper", real.get("upper"));
        });
        EvalContext ctx = EvalContext.of(Map.of(), lazy);
        assertThat(made).hasValue(0);

        assertThat(ctx.function("upper")).isSameAs(real.get("upper"));
        assertThat(ctx.function("lower")).isNull();
        assertThat(lazy).hasSize(1).containsKey("upper");
        assertThat(made).hasValue(1);
    }

    @Test
    void packersTableHasItsFunctionsWhenAsked() {
        Map<String, Function> table = PackerFunctions.table(PackerFunctions.Options.defaults());
        assertThat(table).isInstanceOf(LazyFunctionTable.class);
        assertThat(table).containsKeys("upper", "templatefile", "timestamp", "file");
        assertThat(table.get("templatefile")).isNotNull();
    }
}
