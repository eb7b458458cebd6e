package io.jenkins.plugins.packer.engine.communicator.connect;

import io.jenkins.plugins.packer.engine.communicator.ssh.TemporaryKeyPair;
import io.jenkins.plugins.packer.engine.step.Step;
import io.jenkins.plugins.packer.engine.step.StepContext;
import java.util.function.Consumer;

/**
 * Makes the build's temporary SSH key pair (Packer's {@code StepSSHKeyGen}): {@code temporary_key_pair_type}
 * and {@code _bits}, named {@code temporary_key_pair_name} or {@code packer_<uuid>}. The private key is
 * registered as a secret of the build before anything can print it. Skipped when the type is not set and
 * {@code required} is false.
 */
public final class StepTemporaryKeyPair implements Step {

    private final CommunicatorConfig config;
    private final boolean required;
    private final Consumer<String> secrets;

    /**
     * @param required make a pair even when no type is configured (rsa), as cloud builders do without credentials
     * @param secrets  where the private key is registered for masking (the build's secret masker)
     */
    public StepTemporaryKeyPair(CommunicatorConfig config, boolean required, Consumer<String> secrets) {
        this.config = config;
        this.required = required;
        this.secrets = secrets;
    }

    @Override
    public void run(StepContext ctx) throws Exception {
        if (!"ssh".equals(config.type()) || config.keyPairType() == null && !required) {
            return;
        }
        TemporaryKeyPair.Type type = TemporaryKeyPair.Type.parse(config.keyPairType() == null ? ""
                : config.keyPairType());
        ctx.ui().say("Creating temporary " + type.name().toLowerCase(java.util.Locale.ROOT)
                + " SSH key for instance...");
        TemporaryKeyPair pair = CommunicatorConfig.set(config.temporaryKeyPairName())
                ? TemporaryKeyPair.generate(type, config.keyPairBits(), config.temporaryKeyPairName())
                : TemporaryKeyPair.generate(type, config.keyPairBits());
        secrets.accept(pair.privateKey());
        ctx.state().put(ConnectState.KEY_PAIR, pair);
    }

    @Override
    public void cleanup(StepContext ctx) {
        ctx.state().remove(ConnectState.KEY_PAIR);
    }
}
