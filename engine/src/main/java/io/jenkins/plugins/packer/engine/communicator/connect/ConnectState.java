package io.jenkins.plugins.packer.engine.communicator.connect;

import io.jenkins.plugins.packer.engine.communicator.Communicator;
import io.jenkins.plugins.packer.engine.communicator.ssh.SshConfig;
import io.jenkins.plugins.packer.engine.communicator.ssh.TemporaryKeyPair;
import io.jenkins.plugins.packer.engine.step.StateKey;

/** What the connect steps leave in a builder's state for later steps and the provisioners. */
public final class ConnectState {

    /** The build's connection (a {@code NoneCommunicator} with {@code communicator = "none"}). */
    public static final StateKey<Communicator> COMMUNICATOR = StateKey.of("communicator", Communicator.class);

    /** The SSH settings actually used (host and port as connected), when the communicator is SSH. */
    public static final StateKey<SshConfig> SSH_CONFIG = StateKey.of("ssh_config", SshConfig.class);

    /** The temporary key pair of the build, when one was made. */
    public static final StateKey<TemporaryKeyPair> KEY_PAIR = StateKey.of("temporary_key_pair", TemporaryKeyPair.class);

    private ConnectState() {
    }
}
