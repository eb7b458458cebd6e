package io.jenkins.plugins.packer.engine.builder.qemu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A driver that records what the steps ask for: qemu-img commands create or copy the named files (so later
 * steps find them), and {@link #start} runs a {@link FakeQmpServer} on the QMP socket named in the arguments
 * instead of QEMU.
 */
final class FakeQemuDriver implements QemuDriver {

    final List<List<String>> qemuImgCalls = new ArrayList<>();
    final List<List<String>> starts = new ArrayList<>();
    final List<String> probes = new ArrayList<>();
    final List<FakeQmpServer> servers = new ArrayList<>();
    final Map<String, Boolean> probeResults = new ConcurrentHashMap<>();
    boolean kvm;
    /** Output of the next starts: a start with output dies at once, as QEMU does on a bad argument. */
    final List<String> failingStartOutputs = new ArrayList<>();
    String failQemuImg;

    @Override
    public String qemuImg(List<String> args) throws IOException {
        qemuImgCalls.add(List.copyOf(args));
        if (failQemuImg != null) {
            throw new QemuException(failQemuImg);
        }
        if (args.get(0).equals("create")) {
            String path = args.stream().filter(a -> a.startsWith("/")).reduce((a, b) -> b).orElseThrow();
            Files.writeString(Path.of(path), "disk");
        } else if (args.get(0).equals("convert")) {
            Files.copy(Path.of(args.get(args.size() - 2)), Path.of(args.get(args.size() - 1)));
        }
        return "";
    }

    @Override
    public QemuProcess start(String binary, List<String> args, Path outputLog) throws IOException {
        List<String> all = new ArrayList<>();
        all.add(binary);
        all.addAll(args);
        starts.add(all);
        if (!failingStartOutputs.isEmpty()) {
            Files.writeString(outputLog, failingStartOutputs.remove(0));
            return new FakeQmpServer.DeadProcess(outputLog);
        }
        String chardev = args.get(args.indexOf("-chardev") + 1);
        Path socket = Path.of(chardev.replaceAll(".*path=([^,]+).*", "$1"));
        FakeQmpServer server = FakeQmpServer.start(socket, outputLog);
        servers.add(server);
        return server.process();
    }

    @Override
    public String version(String binary) {
        return "7.2.22";
    }

    @Override
    public boolean probe(String binary, String accelerator, String machineType, String cpuModel, Duration timeout) {
        probes.add(accelerator + "|" + machineType + "|" + cpuModel);
        return probeResults.getOrDefault(accelerator, false);
    }

    @Override
    public boolean kvmDeviceUsable() {
        return kvm;
    }
}
