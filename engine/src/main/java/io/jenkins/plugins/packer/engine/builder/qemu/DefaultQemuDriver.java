package io.jenkins.plugins.packer.engine.builder.qemu;

import io.jenkins.plugins.packer.engine.log.DebugLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real tools: {@code qemu-img} and {@code qemu-system-*} found on the PATH (or given as paths). QEMU is
 * started through {@code setpriv --pdeathsig KILL} when available, so it dies with the JVM even if this process
 * is killed outright and no cleanup can run.
 */
public final class DefaultQemuDriver implements QemuDriver {

    private static final Pattern VERSION = Pattern.compile("version (\\d+(\\.\\d+)+)");
    private static final Path SETPRIV = Path.of("/usr/bin/setpriv");

    private final String qemuImgBinary;
    private final DebugLog log;

    public DefaultQemuDriver(String qemuImgBinary, DebugLog log) {
        this.qemuImgBinary = qemuImgBinary;
        this.log = log;
    }

    @Override
    public String qemuImg(List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(qemuImgBinary);
        cmd.addAll(args);
        log.log("Executing qemu-img: " + cmd);
        Result r = run(cmd, null);
        if (r.exit != 0) {
            throw new QemuException("qemu-img " + String.join(" ", args) + " failed (exit " + r.exit + "): "
                    + r.output.strip());
        }
        return r.output;
    }

    @Override
    public QemuProcess start(String binary, List<String> args, Path outputLog) throws IOException {
        List<String> cmd = new ArrayList<>();
        if (Files.isExecutable(SETPRIV)) {
            cmd.add(SETPRIV.toString());
            cmd.add("--pdeathsig");
            cmd.add("KILL");
            cmd.add("--");
        }
        cmd.add(binary);
        cmd.addAll(args);
        log.log("Executing " + binary + ": " + args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(outputLog.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        try {
            return new OsQemuProcess(pb.start(), outputLog);
        } catch (IOException e) {
            throw new QemuException("Error launching VM: " + e.getMessage(), e);
        }
    }

    @Override
    public String version(String binary) throws IOException, InterruptedException {
        Result r = run(List.of(binary, "--version"), null);
        Matcher m = VERSION.matcher(r.output);
        if (r.exit != 0 || !m.find()) {
            throw new QemuException("Error determining qemu version: " + r.output.strip());
        }
        return m.group(1);
    }

    @Override
    public boolean probe(String binary, String accelerator, String machineType, String cpuModel, Duration timeout)
            throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("packer-accel-probe");
        try {
            Path bios = dir.resolve("probe.bin");
            Files.write(bios, ProbeFirmware.image());
            List<String> cmd = new ArrayList<>(List.of(binary, "-machine", "type=" + machineType + ",accel=" + accelerator,
                    "-nodefaults", "-display", "none", "-no-reboot", "-m", "16", "-monitor", "none",
                    "-serial", "none", "-parallel", "none", "-bios", bios.toString(),
                    "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04"));
            if (cpuModel != null && !cpuModel.isEmpty()) {
                cmd.add("-cpu");
                cmd.add(cpuModel);
            }
            Result r = run(cmd, timeout);
            log.log("accelerator probe " + accelerator + " (" + machineType + ", cpu " + cpuModel + "): exit " + r.exit
                    + (r.timedOut ? " (timed out)" : "") + " " + r.output.strip());
            return !r.timedOut && r.exit == ProbeFirmware.SUCCESS_EXIT;
        } finally {
            try (var s = Files.list(dir)) {
                for (Path p : (Iterable<Path>) s::iterator) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    @Override
    public boolean kvmDeviceUsable() {
        Path kvm = Path.of("/dev/kvm");
        return Files.isReadable(kvm) && Files.isWritable(kvm);
    }

    private record Result(int exit, String output, boolean timedOut) {
    }

    private static Result run(List<String> cmd, Duration timeout) throws IOException, InterruptedException {
        Path out = Files.createTempFile("packer-qemu-cmd", ".log");
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            boolean done;
            try {
                if (timeout == null) {
                    p.waitFor();
                    done = true;
                } else {
                    done = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
                }
            } finally {
                if (p.isAlive()) {
                    p.destroyForcibly();
                    p.waitFor(5, TimeUnit.SECONDS);
                }
            }
            String output = Files.readString(out, StandardCharsets.UTF_8);
            return new Result(done ? p.exitValue() : -1, output, !done);
        } catch (IOException e) {
            throw new QemuException("cannot run " + cmd.get(0) + ": " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
