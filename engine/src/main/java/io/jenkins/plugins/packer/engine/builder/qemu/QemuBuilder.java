package io.jenkins.plugins.packer.engine.builder.qemu;

import io.jenkins.plugins.packer.engine.artifact.Artifact;
import io.jenkins.plugins.packer.engine.bootcommand.BootCommandTyper;
import io.jenkins.plugins.packer.engine.build.BuildContext;
import io.jenkins.plugins.packer.engine.communicator.connect.BuildValues;
import io.jenkins.plugins.packer.engine.communicator.connect.ConnectState;
import io.jenkins.plugins.packer.engine.communicator.connect.StepTemporaryKeyPair;
import io.jenkins.plugins.packer.engine.component.BuildInfo;
import io.jenkins.plugins.packer.engine.component.Builder;
import io.jenkins.plugins.packer.engine.component.ProvisionHook;
import io.jenkins.plugins.packer.engine.component.ProvisionTarget;
import io.jenkins.plugins.packer.engine.component.StepProvision;
import io.jenkins.plugins.packer.engine.download.CachePaths;
import io.jenkins.plugins.packer.engine.download.Downloader;
import io.jenkins.plugins.packer.engine.step.StateBag;
import io.jenkins.plugins.packer.engine.step.Step;
import io.jenkins.plugins.packer.engine.step.Steps;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Packer's {@code qemu} builder. The recipe, as Packer's {@code builder.go}: download the ISO, prepare the output
 * directory, create floppy and CD media, create or copy and resize the disks, start the HTTP server, pick the
 * SSH and VNC ports, generate an SSH key if needed, detect the accelerator, prepare EFI variables, start QEMU,
 * type the boot command, connect over SSH, provision, shut down and compact the disks. The artifact is the
 * output directory.
 */
public final class QemuBuilder implements Builder {

    /** The {@code build.*} values this builder adds (Packer: generated data of the qemu builder). */
    public static final List<String> GENERATED_KEYS = List.of("SSHHostPort", "HTTPIP", "HTTPPort", "VNCPort");

    private final QemuConfig config;
    private final QemuDriver driver;
    private final Map<String, String> env;
    private final StepTypeBootCommand.KeyboardConnector keyboard;
    private final BootCommandTyper.Sleeper sleeper;

    public QemuBuilder(QemuConfig config) {
        this(config, null, System.getenv(), StepTypeBootCommand.VNC, null);
    }

    QemuBuilder(QemuConfig config, QemuDriver driver, Map<String, String> env,
            StepTypeBootCommand.KeyboardConnector keyboard, BootCommandTyper.Sleeper sleeper) {
        this.config = config;
        this.driver = driver;
        this.env = Map.copyOf(env);
        this.keyboard = keyboard;
        this.sleeper = sleeper;
    }

    @Override
    public List<String> generatedDataKeys() {
        return GENERATED_KEYS;
    }

    @Override
    public Artifact run(BuildContext ctx, BuildInfo info, ProvisionHook hook) throws Exception {
        QemuSettings s = QemuSettings.of(config, info.sourceName(), ctx.workingDir());
        QemuDriver d = driver != null ? driver : new DefaultQemuDriver("qemu-img", ctx.log());
        Path cacheDir = CachePaths.cacheDir(env, ctx.workingDir());
        StateBag state = new StateBag();
        ctx.runSteps(recipe(s, d, info, hook, ctx, cacheDir), state).rethrow();
        return artifact(s, state);
    }

    List<Step> recipe(QemuSettings s, QemuDriver d, BuildInfo info, ProvisionHook hook, BuildContext ctx,
            Path cacheDir) {
        QemuConfig c = s.config();
        Duration keyInterval = BootCommandTyper.keyInterval(c.bootKeyInterval(), env.get(BootCommandTyper.KEY_INTERVAL_ENV));
        BootCommandTyper.Sleeper sleep = sleeper != null ? sleeper : BootCommandTyper.REAL_SLEEP;
        boolean media = !c.cdFiles().isEmpty() || !c.cdContent().isEmpty();
        boolean floppy = !c.floppyFiles().isEmpty() || !c.floppyDirs().isEmpty() || !c.floppyContent().isEmpty();
        return Steps.recipe()
                .add(new StepDownloadIso(new Downloader(ctx.workingDir(), cacheDir), s.isoUrls(), s.isoChecksum(),
                        c.isoTargetPath(), c.isoTargetExtension()))
                .add(new StepPrepareOutputDir(s.outputDir(), ctx.options().force()))
                .add(new StepRunDir())
                .addIf(floppy, new StepCreateFloppy(s))
                .addIf(media, new StepCreateCd(s))
                .add(new StepCreateDisk(d, s))
                .addIf(c.diskImage() && !c.useBackingFile(), new StepCopyDisk(d, s))
                .addIf(c.diskImage() && !c.skipResizeDisk() && !c.useBackingFile(), new StepResizeDisk(d, s))
                .add(new StepHttpServer(s))
                .addIf(s.ssh() && !c.skipNatMapping() && QemuSettings.empty(c.netBridge()), new StepPortForward(s))
                .add(new StepTemporaryKeyPair(c.comm(), s.needsKeyPair(), ctx.masker()::register))
                .addIf(!c.disableVnc(), new StepConfigureVnc(s, ctx.masker()))
                .add(new StepDetectAccelerator(d, s, new ProbeCache(cacheDir.resolve("qemu-accelerator-probe.properties"))))
                .addIf(s.efi(), new StepPrepareEfivars(s))
                .add(new StepRun(d, s, info))
                .add(new StepTypeBootCommand(s, info, keyInterval, keyboard, sleep))
                .addIf(s.ssh(), new StepConnectSsh(s))
                .add(new StepProvision(hook, st -> target(s, st)))
                .add(new StepShutdown(s))
                .addIf(!s.skipCompaction(), new StepConvertDisk(d, s))
                .build();
    }

    /**
     * What the provisioners get: the connection, and Packer's {@code build.*} values of the communicator
     * ({@code Host}, {@code Port}, {@code User}, ...) plus this builder's {@link #GENERATED_KEYS} and the HTTP
     * server's {@code PackerHTTP*} values.
     */
    static ProvisionTarget target(QemuSettings s, StateBag st) {
        QemuConfig c = s.config();
        Map<String, String> data = new LinkedHashMap<>(BuildValues.of(c.comm(), st));
        String httpIp = st.get(QemuState.HTTP_IP).orElse("");
        int httpPort = st.get(QemuState.HTTP_PORT).orElse(0);
        data.put("SSHHostPort", Integer.toString(st.get(QemuState.SSH_HOST_PORT).orElse(0)));
        data.put("HTTPIP", httpIp);
        data.put("HTTPPort", Integer.toString(httpPort));
        data.put("VNCPort", Integer.toString(st.get(QemuState.VNC_PORT).orElse(0)));
        if (httpPort > 0) {
            data.put("PackerHTTPIP", httpIp);
            data.put("PackerHTTPPort", Integer.toString(httpPort));
            data.put("PackerHTTPAddr", httpIp + ":" + httpPort);
        }
        return new ProvisionTarget(c.communicator(), data, st.get(ConnectState.COMMUNICATOR).orElse(null));
    }

    private static Artifact artifact(QemuSettings s, StateBag state) throws IOException {
        List<String> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(s.outputDir())) {
            walk.filter(Files::isRegularFile).sorted().forEach(p -> files.add(p.toString()));
        }
        Map<String, Object> st = new LinkedHashMap<>();
        st.put("diskName", s.vmName());
        st.put("diskType", s.format());
        st.put("diskSize", DiskSize.bytes(s.diskSize()) >> 20);
        st.put("domainType", state.get(QemuState.ACCELERATOR).orElse(""));
        return new QemuArtifact(s.outputDir(), files, st);
    }
}
