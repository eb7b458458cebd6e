package io.jenkins.plugins.packer.engine.builder.qemu;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/** A QEMU operating-system process whose output goes to a log file. */
final class OsQemuProcess implements QemuProcess {

    private final Process process;
    private final Path outputLog;

    OsQemuProcess(Process process, Path outputLog) {
        this.process = process;
        this.outputLog = outputLog;
    }

    @Override
    public long pid() {
        return process.pid();
    }

    @Override
    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public OptionalInt waitFor(Duration timeout) throws InterruptedException {
        if (timeout == null) {
            return OptionalInt.of(process.waitFor());
        }
        return process.waitFor(Math.max(0, timeout.toMillis()), TimeUnit.MILLISECONDS)
                ? OptionalInt.of(process.exitValue()) : OptionalInt.empty();
    }

    @Override
    public void terminate() {
        process.destroy();
    }

    @Override
    public void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    @Override
    public String outputTail(int lines) {
        try {
            return LogTail.lastLines(outputLog, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public Process process() {
        return process;
    }
}
