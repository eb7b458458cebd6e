package io.jenkins.plugins.packer.engine.hcl.function.lib;

import io.jenkins.plugins.packer.engine.hcl.function.Function;
import io.jenkins.plugins.packer.engine.hcl.function.LazyFunctionTable;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The function table of Packer's HCL2 templates (hcl2template/functions.go): every group's functions by
 * name. Each group contributes one line to {@link #table}; {@code templatefile} comes last because templates
 * it renders may call every other function. {@code env} is not part of the table: Packer only allows it in
 * variable defaults.
 */
public final class PackerFunctions {

    private PackerFunctions() {
    }

    /**
     * What context-dependent functions need: the directory relative file paths start from (the template's
     * directory) and the instant {@code timestamp()} reports for the whole run.
     */
    public record Options(Path baseDir, Instant runStarted) {
        public Options {
            Objects.requireNonNull(baseDir);
            Objects.requireNonNull(runStarted);
        }

        /** The current directory and now. */
        public static Options defaults() {
            return new Options(Path.of("").toAbsolutePath(), Instant.now());
        }
    }

    /** All functions, by name; unmodifiable, and made on first use ({@link LazyFunctionTable}). */
    public static Map<String, Function> table(Options options) {
        return new LazyFunctionTable(() -> make(options));
    }

    private static Map<String, Function> make(Options options) {
        Map<String, Function> t = new TreeMap<>();
        add(t, NumericFunctions.all());
        add(t, StringFunctions.all());
        add(t, CollectionFunctions.all());
        add(t, ConversionFunctions.all());
        add(t, EncodingFunctions.all());
        add(t, CryptoFunctions.all());
        add(t, DateTimeFunctions.all(options.runStarted()));
        add(t, IpFunctions.all());
        add(t, FilesystemFunctions.all(options.baseDir()));
        add(t, SecretFunctions.all());
        Map<String, Function> table = Collections.unmodifiableMap(t);
        // templatefile calls back into the finished table (a view of t, so it includes templatefile)
        add(t, Map.of("templatefile", TemplateFileFunction.create(t.get("file"), () -> table)));
        return table;
    }

    private static void add(Map<String, Function> table, Map<String, Function> group) {
        for (Map.Entry<String, Function> e : group.entrySet()) {
            if (table.putIfAbsent(e.getKey(), e.getValue()) != null) {
                throw new IllegalStateException("function " + e.getKey() + " is defined twice");
            }
        }
    }
}
