package io.jenkins.plugins.packer.engine.communicator.ssh;

import io.jenkins.plugins.packer.engine.communicator.StatusSink;
import io.jenkins.plugins.packer.engine.communicator.TransferProgress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * The "ours" side of bench/ssh/run: connects with the SSH communicator and uploads one file, printing
 * {@code connect_s=... upload_s=...}. Not a test; run by the benchmark script with the test class path.
 *
 * <p>Usage: {@code SshUploadBench HOST PORT USER KEY LOCAL_FILE REMOTE_PATH scp|sftp}
 */
public final class SshUploadBench {

    private SshUploadBench() {
    }

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        if (args[6].equals("commands")) {
            commands(args);
            return;
        }
        SshConfig config = SshConfig.builder().host(args[0]).port(Integer.parseInt(args[1])).username(args[2])
                .privateKeyFile(Path.of(args[3])).timeout(Duration.ofSeconds(30))
                .fileTransferMethod(SshConfig.FileTransferMethod.valueOf(args[6].toUpperCase(Locale.ROOT)))
                .ciphers(System.getProperty("ciphers") == null ? java.util.List.of()
                        : java.util.List.of(System.getProperty("ciphers").split(",")))
                .build();
        try (SshCommunicator ssh = SshCommunicator.connect(config, StatusSink.NONE)) {
            var os = (com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long c1 = os.getProcessCpuTime();
            long t1 = System.nanoTime();
            ssh.upload(args[5], Path.of(args[4]), TransferProgress.NONE);
            long t2 = System.nanoTime();
            long c2 = os.getProcessCpuTime();
            if (Boolean.getBoolean("threads")) {
                var tmx = java.lang.management.ManagementFactory.getThreadMXBean();
                long sum = 0;
                for (long id : tmx.getAllThreadIds()) {
                    long t = tmx.getThreadCpuTime(id);
                    var info = tmx.getThreadInfo(id);
                    if (t > 50_000_000L && info != null) {
                        System.out.printf(Locale.ROOT, "  thread %s cpu_s=%.3f%n", info.getThreadName(), t / 1e9);
                    }
                    sum += Math.max(0, t);
                }
                System.out.printf(Locale.ROOT, "  JVM-internal (JIT, GC) cpu_s=%.3f%n", (c2 - sum) / 1e9);
            }
            System.out.printf(Locale.ROOT, "connect_s=%.3f upload_s=%.3f upload_cpu_s=%.3f total_cpu_s=%.3f (%s)%n",
                    (t1 - t0) / 1e9, (t2 - t1) / 1e9, (c2 - c1) / 1e9, c2 / 1e9, ssh.negotiatedAlgorithms());
        }
    }

    /** {@code ... commands}: connect, then 20 one-line commands in a row; prints the connect and per-command time. */
    private static void commands(String[] args) throws Exception {
        long t0 = System.nanoTime();
        SshConfig config = SshConfig.builder().host(args[0]).port(Integer.parseInt(args[1])).username(args[2])
                .privateKeyFile(Path.of(args[3])).timeout(Duration.ofSeconds(30)).build();
        try (SshCommunicator ssh = SshCommunicator.connect(config, StatusSink.NONE)) {
            long t1 = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                var r = ssh.run(io.jenkins.plugins.packer.engine.communicator.RemoteCommand.lines("echo line " + i,
                        line -> { }, null));
                if (!r.success()) {
                    throw new IllegalStateException(r.describe());
                }
            }
            long t2 = System.nanoTime();
            System.out.printf(Locale.ROOT, "connect_s=%.3f commands=20 total_s=%.3f per_command_ms=%.1f%n",
                    (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t2 - t1) / 20e6);
        }
    }
}
