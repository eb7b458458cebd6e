package io.jenkins.plugins.packer.engine.builder.qemu;

import io.jenkins.plugins.packer.engine.step.Step;
import io.jenkins.plugins.packer.engine.step.StepContext;
import java.time.Duration;
import java.util.List;

/**
 * Chooses the accelerator when the template does not: Packer picks {@code kvm} whenever {@code /dev/kvm} can be
 * opened, which breaks on hosts where KVM cannot run stock guests (KVM-PVM). Here KVM must also run a
 * {@linkplain ProbeFirmware test guest} to 64-bit mode with the build's machine type and CPU model; otherwise
 * the build uses {@code tcg} and says so in one line. Results are remembered per boot of the host
 * ({@link ProbeCache}), so only the first build pays for the probe.
 */
final class StepDetectAccelerator implements Step {

    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);

    private final QemuDriver driver;
    private final QemuSettings s;
    private final ProbeCache cache;

    StepDetectAccelerator(QemuDriver driver, QemuSettings s, ProbeCache cache) {
        this.driver = driver;
        this.s = s;
        this.cache = cache;
    }

    @Override
    public void run(StepContext ctx) throws Exception {
        QemuConfig c = s.config();
        if (!QemuSettings.empty(c.accelerator())) {
            ctx.log().log("use specified accelerator: " + c.accelerator());
            ctx.state().put(QemuState.ACCELERATOR, c.accelerator());
            return;
        }
        String accel = "tcg";
        if (driver.kvmDeviceUsable()) {
            String cpu = cpuModel();
            if (!probes(c.qemuBinary())) {
                accel = "kvm";
            } else {
                String key = c.qemuBinary() + "|" + c.machineType() + "|" + cpu;
                Boolean ok = cache.get(key);
                if (ok == null) {
                    ok = driver.probe(c.qemuBinary(), "kvm", c.machineType(), cpu, PROBE_TIMEOUT);
                    cache.put(key, ok);
                }
                if (ok) {
                    accel = "kvm";
                } else {
                    ctx.ui().say("Warning: /dev/kvm is present but a test guest does not run under KVM (machine "
                            + c.machineType() + (cpu == null ? "" : ", cpu " + cpu) + "); using accelerator tcg, "
                            + "which is much slower. Set accelerator = \"tcg\" to skip this check.");
                }
            }
        }
        ctx.log().log("use detected accelerator: " + accel);
        ctx.state().put(QemuState.ACCELERATOR, accel);
    }

    /** The CPU model the guest will get: {@code cpu_model}, or a {@code -cpu} in {@code qemuargs}, or QEMU's. */
    private String cpuModel() {
        for (List<String> row : s.config().qemuargs()) {
            if (!row.isEmpty() && row.get(0).equals("-cpu")) {
                return String.join("", row.subList(1, row.size()));
            }
        }
        return QemuSettings.empty(s.config().cpuModel()) ? null : s.config().cpuModel();
    }

    /** The probe firmware is x86: other system emulators are only checked for /dev/kvm, as Packer does. */
    static boolean probes(String binary) {
        return binary.contains("x86_64") || binary.contains("i386") || binary.endsWith("qemu-kvm");
    }

    @Override
    public String name() {
        return "stepDetectAccelerator";
    }
}
