package io.jenkins.plugins.packer.engine.builder.qemu;

import io.jenkins.plugins.packer.engine.communicator.ssh.TemporaryKeyPair;
import io.jenkins.plugins.packer.engine.secret.SecretMasker;
import io.jenkins.plugins.packer.engine.step.Step;
import io.jenkins.plugins.packer.engine.step.StateKey;
import io.jenkins.plugins.packer.engine.step.StepContext;

/**
 * Packer's {@code StepSSHKeyGen}: when the template gives no SSH credential (password, key file, agent), a
 * temporary key pair is generated; its public key is {@code {{ .SSHPublicKey }}} in the boot command (to put
 * into the installer's answer file) and {@code build.SSHPublicKey}. The private key is registered as a secret.
 */
final class StepSshKeyPair implements Step {

    static final StateKey<String> PUBLIC_KEY = StateKey.of("ssh_public_key", String.class);
    static final StateKey<String> PRIVATE_KEY = StateKey.of("ssh_private_key", String.class);

    private final QemuSettings s;
    private final SecretMasker masker;

    StepSshKeyPair(QemuSettings s, SecretMasker masker) {
        this.s = s;
        this.masker = masker;
    }

    /** Whether the template leaves SSH without credentials, so a temporary key is needed. */
    static boolean needed(QemuConfig c) {
        return "ssh".equals(c.communicator()) && QemuSettings.empty(c.sshPassword())
                && QemuSettings.empty(c.sshPrivateKeyFile()) && !c.sshAgentAuth();
    }

    @Override
    public void run(StepContext ctx) throws Exception {
        TemporaryKeyPair.Type type = TemporaryKeyPair.Type.parse(s.config().temporaryKeyPairType());
        int bits = s.config().temporaryKeyPairBits() > 0 ? s.config().temporaryKeyPairBits()
                : TemporaryKeyPair.defaultBits(type);
        ctx.ui().say("Creating temporary " + type.name() + " SSH key for instance...");
        TemporaryKeyPair pair = TemporaryKeyPair.generate(type, bits);
        if (masker != null) {
            masker.register(pair.privateKey());
        }
        ctx.state().put(PUBLIC_KEY, pair.publicKey());
        ctx.state().put(PRIVATE_KEY, pair.privateKey());
    }

    @Override
    public String name() {
        return "StepSSHKeyGen";
    }
}
