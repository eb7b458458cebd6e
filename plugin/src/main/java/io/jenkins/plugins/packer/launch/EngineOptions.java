package io.jenkins.plugins.packer.launch;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * JVM settings of the engine process on the agent ({@code engineOptions}): maximum heap and extra JVM options.
 *
 * @param maxHeap e.g. {@code 1g} or {@code 768m}; {@code null} for the default ({@value #DEFAULT_HEAP})
 * @param jvmOptions extra options such as {@code -Dhttps.proxyHost=proxy}; each must start with {@code -}
 */
public record EngineOptions(String maxHeap, List<String> jvmOptions) {

    public static final String DEFAULT_HEAP = "1g";
    private static final Pattern HEAP = Pattern.compile("[1-9][0-9]{0,6}[kKmMgG]?");

    public EngineOptions {
        if (maxHeap != null && !maxHeap.isBlank() && !HEAP.matcher(maxHeap.trim()).matches()) {
            throw new IllegalArgumentException("maxHeap must look like 512m or 2g, not '" + maxHeap + "'");
        }
        jvmOptions = jvmOptions == null ? List.of() : List.copyOf(jvmOptions);
        for (String o : jvmOptions) {
            if (o == null || !o.startsWith("-") || o.startsWith("-cp") || o.startsWith("-classpath")
                    || o.startsWith("--class-path") || o.equals("-jar")) {
                throw new IllegalArgumentException("not a JVM option the engine accepts: '" + o + "'");
            }
        }
    }

    public static EngineOptions defaults() {
        return new EngineOptions(null, List.of());
    }

    /** The JVM arguments before the class path: heap, serial GC (small, short-lived process), extras. */
    public List<String> jvmArguments() {
        List<String> args = new ArrayList<>();
        args.add("-Xmx" + (maxHeap == null || maxHeap.isBlank() ? DEFAULT_HEAP : maxHeap.trim()));
        args.add("-XX:+UseSerialGC");
        args.add("-Djava.awt.headless=true");
        args.addAll(jvmOptions);
        return args;
    }
}
