import io.jenkins.plugins.packer.engine.component.ComponentRegistry;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.function.lib.PackerFunctions;
import io.jenkins.plugins.packer.engine.hcl.syntax.HclParser;
import io.jenkins.plugins.packer.engine.template.TemplateParser;
import io.jenkins.plugins.packer.engine.template.TemplateRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * HCL parse and evaluate throughput on a corpus laid out as chef-bento (a template directory of *.pkr.hcl
 * and *.pkrvars.hcl var files below it), in a warm JVM. Run by bench/hcl/run with the engine jar on the class
 * path (Java's single-file source launcher; nothing to build).
 *
 * <ol>
 * <li>parse: every *.pkr.hcl and *.pkrvars.hcl file parsed with the native syntax parser;</li>
 * <li>load: the template directory loaded as {@code jpacker validate -var-file=F DIR} loads it, once per var
 * file: parse the template files and the var file, evaluate variables (types, validation), locals, sources
 * and builds. No components are registered, so source and build blocks end in "unknown builder"
 * diagnostics after their labels are read; variables and locals are evaluated in full.</li>
 * </ol>
 *
 * Each phase first runs for the warm-up time, then for the measuring time; reported are MB/s over the
 * measured rounds (wall clock, and CPU time of the benchmark thread, which other load on the machine does not
 * inflate) and milliseconds per file (or per load): mean, median and max of the per-round means, and CPU.
 */
public final class HclBench {

    private HclBench() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "/work/shared/corpus/chef-bento");
        double warmupSeconds = args.length > 1 ? Double.parseDouble(args[1]) : 15;
        double measureSeconds = args.length > 2 ? Double.parseDouble(args[2]) : 30;
        List<Path> files;
        try (Stream<Path> s = Files.walk(corpus)) {
            files = s.filter(p -> p.toString().endsWith(".pkr.hcl") || p.toString().endsWith(".pkrvars.hcl"))
                    .sorted().toList();
        }
        List<byte[]> contents = new ArrayList<>();
        long totalBytes = 0;
        for (Path f : files) {
            byte[] b = Files.readAllBytes(f);
            contents.add(b);
            totalBytes += b.length;
        }
        Path templateDir = files.stream().filter(p -> p.toString().endsWith(".pkr.hcl")).findFirst()
                .orElseThrow(() -> new IOException("no *.pkr.hcl under " + corpus)).getParent();
        List<Path> varFiles = files.stream().filter(p -> p.toString().endsWith(".pkrvars.hcl")).toList();
        long templateBytes = 0;
        for (int i = 0; i < files.size(); i++) {
            if (files.get(i).getParent().equals(templateDir) && files.get(i).toString().endsWith(".pkr.hcl")) {
                templateBytes += contents.get(i).length;
            }
        }
        long varBytes = 0;
        for (Path v : varFiles) {
            varBytes += Files.size(v);
        }
        System.out.printf("corpus: %s: %d files, %.1f KB (template %s: %.1f KB; %d var files)%n", corpus,
                files.size(), totalBytes / 1024.0, corpus.relativize(templateDir), templateBytes / 1024.0,
                varFiles.size());
        System.out.printf("JVM: %s %s, %d cores; warm-up %.0f s, measured %.0f s per phase%n",
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), warmupSeconds, measureSeconds);

        final long parseBytes = totalBytes;
        Round parse = () -> {
            for (int i = 0; i < contents.size(); i++) {
                HclParser.parseFile(contents.get(i), files.get(i).toString());
            }
        };
        report("parse (every file)", parse, files.size(), parseBytes, "file", warmupSeconds, measureSeconds);

        final long loadBytes = templateBytes * varFiles.size() + varBytes;
        int[] errors = new int[1];
        Round load = () -> {
            for (Path v : varFiles) {
                Diagnostics d = new Diagnostics();
                TemplateParser.parse(new TemplateRequest(templateDir, List.of(v), Map.of(), Map.of(),
                        templateDir, new ComponentRegistry(),
                        PackerFunctions.table(new PackerFunctions.Options(templateDir, Instant.EPOCH)), "1.16.0",
                        false), d);
                errors[0] = d.size();
            }
        };
        report("load (parse + evaluate, per var file)", load, varFiles.size(), loadBytes, "load", warmupSeconds,
                measureSeconds);
        System.out.printf("(diagnostics of the last load: %d, from the unregistered builders)%n", errors[0]);
    }

    @FunctionalInterface
    private interface Round {
        void run() throws IOException;
    }

    private static void report(String name, Round round, int unitsPerRound, long bytesPerRound, String unit,
            double warmupSeconds, double measureSeconds) throws IOException {
        long end = System.nanoTime() + (long) (warmupSeconds * 1e9);
        while (System.nanoTime() < end) {
            round.run();
        }
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        List<Double> perUnitMs = new ArrayList<>();
        long start = System.nanoTime();
        long cpuStart = cpu.getCurrentThreadCpuTime();
        end = start + (long) (measureSeconds * 1e9);
        int rounds = 0;
        long now;
        do {
            long t0 = System.nanoTime();
            round.run();
            now = System.nanoTime();
            perUnitMs.add((now - t0) / 1e6 / unitsPerRound);
            rounds++;
        } while (now < end);
        double seconds = (now - start) / 1e9;
        double cpuSeconds = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double[] sorted = perUnitMs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double mean = Arrays.stream(sorted).average().orElse(0);
        double mb = bytesPerRound * (double) rounds / (1024 * 1024);
        System.out.printf("%-38s %7.2f MB/s (CPU %.2f)   ms per %s: mean %.3f, median %.3f, max %.3f, CPU %.3f"
                + "   (%d rounds)%n", name, mb / seconds, mb / cpuSeconds, unit, mean, sorted[sorted.length / 2],
                sorted[sorted.length - 1], cpuSeconds * 1000 / rounds / unitsPerRound, rounds);
    }
}
