package io.jenkins.plugins.packer.engine.builder.qemu;

import io.jenkins.plugins.packer.engine.cancel.Registration;
import io.jenkins.plugins.packer.engine.component.BuildInfo;
import io.jenkins.plugins.packer.engine.component.Placeholders;
import io.jenkins.plugins.packer.engine.gotemplate.GoTemplateException;
import io.jenkins.plugins.packer.engine.step.Step;
import io.jenkins.plugins.packer.engine.step.StepContext;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Starts QEMU (Packer's {@code stepRun}) with the default switches, the user's rendered {@code qemuargs} merged
 * over them, and a private QMP monitor the user cannot override, then connects to QMP. QEMU is registered with
 * the cancellation token. If QEMU cannot take the SSH or VNC port (another process got it since it was picked),
 * new ports are picked and QEMU is started again. The cleanup stops QEMU whatever happened: QMP {@code quit},
 * then SIGTERM, then SIGKILL.
 */
final class StepRun implements Step {

    static final Duration QMP_CONNECT_TIMEOUT = Duration.ofSeconds(30);
    private static final int PORT_RETRIES = 3;

    private final QemuDriver driver;
    private final QemuSettings s;
    private final BuildInfo info;
    private QemuProcess process;
    private QmpClient qmp;
    private Registration cancelRegistration;

    StepRun(QemuDriver driver, QemuSettings s, BuildInfo info) {
        this.driver = driver;
        this.s = s;
        this.info = info;
    }

    @Override
    public void run(StepContext ctx) throws Exception {
        QemuConfig c = s.config();
        Path runDir = ctx.state().require(QemuState.RUN_DIR);
        ctx.ui().say(c.diskImage() ? "Starting VM, booting disk image" : "Starting VM, booting from CD-ROM");
        if (!c.qemuargs().isEmpty()) {
            ctx.ui().say("Overriding default Qemu arguments with qemuargs template option...");
        }
        if ("none".equals(ctx.state().require(QemuState.ACCELERATOR))) {
            ctx.ui().message("WARNING: The VM will be started with no hardware acceleration.\n"
                    + "The installation may take considerably longer to finish.\n");
        }
        Set<Integer> takenSsh = new HashSet<>();
        Set<Integer> takenVnc = new HashSet<>();
        for (int attempt = 0; ; attempt++) {
            List<List<String>> userArgs = render(ctx);
            Path serialLog = serialLog(userArgs, runDir);
            if (serialLog != null) {
                ctx.state().put(QemuState.SERIAL_LOG, serialLog);
            }
            List<String> args = arguments(ctx, userArgs, serialLog, runDir.resolve("qmp.sock"));
            if (attempt == 0) {
                vncMessage(ctx);
            }
            Path output = runDir.resolve("qemu-output.log");
            process = driver.start(c.qemuBinary(), args, output);
            ctx.state().put(QemuState.STARTED_NANOS, System.nanoTime());
            if (process.process() != null) {
                cancelRegistration = ctx.cancel().destroyOnCancel(process.process());
            }
            try {
                qmp = QmpClient.connect(runDir.resolve("qmp.sock"), QMP_CONNECT_TIMEOUT, process::isAlive);
                break;
            } catch (QemuException e) {
                process.waitFor(Duration.ofSeconds(2));
                String out = process.outputTail(20);
                stopProcess(ctx);
                if (attempt < PORT_RETRIES && portTaken(out)) {
                    ctx.log().log("QEMU could not take a port, picking new ones: " + out);
                    repick(ctx, takenSsh, takenVnc);
                    continue;
                }
                ctx.cancel().throwIfCancelled();
                throw new QemuException("Error launching VM: " + (out.isBlank() ? e.getMessage() : out.strip()), e);
            }
        }
        ctx.log().log("QEMU " + qmp.qemuVersion() + " started, pid " + process.pid());
        ctx.state().put(QemuState.QEMU, process);
        ctx.state().put(QemuState.QMP, qmp);
        String password = ctx.state().get(QemuState.VNC_PASSWORD).orElse(null);
        if (password != null) {
            qmp.execute("set_password", Map.of("protocol", "vnc", "password", password), Duration.ofSeconds(10));
        }
    }

    /** The user's {@code qemuargs} with the Go-template placeholders rendered. */
    List<List<String>> render(StepContext ctx) throws IOException {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("HTTPIP", ctx.state().get(QemuState.HTTP_IP).orElse(""));
        data.put("HTTPPort", ctx.state().get(QemuState.HTTP_PORT).orElse(0));
        data.put("HTTPDir", s.config().httpDirectory() == null ? "" : s.config().httpDirectory());
        data.put("HTTPContent", s.config().httpContent());
        data.put("OutputDir", s.outputDir().toString());
        data.put("Name", s.vmName());
        data.put("SSHHostPort", ctx.state().get(QemuState.SSH_HOST_PORT).orElse(0));
        data.put("VNCPort", ctx.state().get(QemuState.VNC_PORT).orElse(0));
        List<List<String>> out = new ArrayList<>();
        for (List<String> row : s.config().qemuargs()) {
            List<String> r = new ArrayList<>();
            for (String part : row) {
                try {
                    r.add(Placeholders.render(part, data, info));
                } catch (GoTemplateException e) {
                    throw new IOException("Error processing QemuArgs: " + e.getMessage(), e);
                }
            }
            out.add(r);
        }
        return out;
    }

    private List<String> arguments(StepContext ctx, List<List<String>> userArgs, Path serialLog, Path qmpSocket) {
        QemuConfig c = s.config();
        Path iso = c.diskImage() ? null : ctx.state().require(QemuState.ISO_PATH);
        QemuCommandLine defaults = new QemuDefaultArgs(s, ctx.state().require(QemuState.ACCELERATOR),
                ctx.state().get(QemuState.SSH_HOST_PORT).orElse(0), ctx.state().get(QemuState.VNC_PORT).orElse(0),
                ctx.state().contains(QemuState.VNC_PASSWORD), ctx.state().get(QemuState.DISK_PATHS).orElse(List.of()),
                iso, ctx.state().get(QemuState.CD_PATH).orElse(null), ctx.state().get(QemuState.FLOPPY_PATH).orElse(null),
                ctx.state().get(QemuState.EFIVARS_PATH).orElse(null),
                hasSwitch(userArgs, "-serial") ? null : serialLog).build();
        List<String> args = new ArrayList<>(defaults.merge(userArgs, c.netDevice()));
        args.addAll(List.of("-chardev", "socket,id=packer-qmp,path=" + qmpSocket + ",server=on,wait=off",
                "-mon", "chardev=packer-qmp,mode=control"));
        return args;
    }

    /** The serial console file: the user's {@code -serial file:X}, else {@code serial_log_file}, else private. */
    private Path serialLog(List<List<String>> userArgs, Path runDir) {
        for (List<String> row : userArgs) {
            if (!row.isEmpty() && row.get(0).equals("-serial")) {
                String v = String.join("", row.subList(1, row.size()));
                return v.startsWith("file:") ? s.resolve(v.substring(5)) : null;
            }
        }
        String configured = s.config().serialLogFile();
        return QemuSettings.empty(configured) ? runDir.resolve("serial.log") : s.resolve(configured);
    }

    private static boolean hasSwitch(List<List<String>> userArgs, String flag) {
        return userArgs.stream().anyMatch(r -> !r.isEmpty() && r.get(0).equals(flag));
    }

    private void vncMessage(StepContext ctx) {
        QemuConfig c = s.config();
        if (!c.headless()) {
            return;
        }
        int port = ctx.state().get(QemuState.VNC_PORT).orElse(0);
        if (c.disableVnc() || port == 0) {
            ctx.ui().message("The VM will be run headless, without a GUI, as configured.\n"
                    + "If the run isn't succeeding as you expect, please enable the GUI\n"
                    + "to inspect the progress of the build.");
            return;
        }
        String address = c.vncBindAddress() + ":" + port;
        if (ctx.state().contains(QemuState.VNC_PASSWORD)) {
            ctx.ui().message("The VM will be run headless, without a GUI. If you want to\n"
                    + "view the screen of the VM, connect via VNC to vnc://" + address + "\n"
                    + "with the password: " + ctx.state().require(QemuState.VNC_PASSWORD));
        } else {
            ctx.ui().message("The VM will be run headless, without a GUI. If you want to\n"
                    + "view the screen of the VM, connect via VNC without a password to\n"
                    + "vnc://" + address);
        }
    }

    static boolean portTaken(String qemuOutput) {
        return qemuOutput.contains("Could not set up host forwarding rule")
                || qemuOutput.contains("Failed to find an available port")
                || qemuOutput.contains("Address already in use");
    }

    private void repick(StepContext ctx, Set<Integer> takenSsh, Set<Integer> takenVnc) throws IOException {
        ctx.state().get(QemuState.SSH_HOST_PORT).ifPresent(takenSsh::add);
        ctx.state().get(QemuState.VNC_PORT).ifPresent(takenVnc::add);
        if (ctx.state().contains(QemuState.SSH_HOST_PORT)) {
            ctx.state().put(QemuState.SSH_HOST_PORT, StepPortForward.pick(s, takenSsh));
        }
        if (ctx.state().contains(QemuState.VNC_PORT)) {
            ctx.state().put(QemuState.VNC_PORT, StepConfigureVnc.pick(s, takenVnc));
        }
    }

    @Override
    public void cleanup(StepContext ctx) throws Exception {
        try {
            stopProcess(ctx);
        } finally {
            ctx.state().remove(QemuState.QMP);
        }
    }

    /** QMP quit, then SIGTERM, then SIGKILL; waits until QEMU is gone so its ports and files are free. */
    private void stopProcess(StepContext ctx) throws InterruptedException {
        QemuProcess p = process;
        QmpClient q = qmp;
        qmp = null;
        try {
            if (p != null && p.isAlive()) {
                boolean quitSent = false;
                if (q != null && !q.closed().isDone()) {
                    try {
                        q.execute("quit", null, Duration.ofSeconds(2));
                        quitSent = true;
                    } catch (IOException e) {
                        ctx.log().log("QMP quit: " + e.getMessage());
                    }
                }
                if (!quitSent || p.waitFor(Duration.ofSeconds(3)).isEmpty()) {
                    p.terminate();
                    if (p.waitFor(Duration.ofSeconds(3)).isEmpty()) {
                        p.kill();
                        p.waitFor(Duration.ofSeconds(10));
                    }
                }
            }
        } finally {
            if (q != null) {
                q.close();
            }
            if (cancelRegistration != null) {
                cancelRegistration.close();
                cancelRegistration = null;
            }
        }
    }

    @Override
    public String name() {
        return "stepRun";
    }
}
