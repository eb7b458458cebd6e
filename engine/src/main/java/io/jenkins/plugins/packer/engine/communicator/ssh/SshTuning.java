package io.jenkins.plugins.packer.engine.communicator.ssh;

import java.util.ArrayList;
import java.util.List;
import net.schmizz.keepalive.KeepAliveProvider;
import net.schmizz.sshj.DefaultConfig;
import net.schmizz.sshj.common.Factory;

/**
 * The sshj configuration the communicator uses, tuned for transfer speed (figures in bench/README.md):
 *
 * <ul>
 * <li>Cipher order: AES-GCM first. The JDK runs AES-GCM with AES-NI/CLMUL intrinsics, several times faster
 * than sshj's ChaCha20-Poly1305 (a JDK ChaCha20 plus a Java Poly1305), and OpenSSH decrypts AES-GCM cheaply
 * too. ChaCha20-Poly1305 and AES-CTR stay as fallbacks for servers without GCM.</li>
 * <li>Keep-alive: OpenSSH's {@code keepalive@openssh.com} global request (so a dead peer is noticed), not
 * sshj's fire-and-forget heartbeat; the interval is set per client before connecting.</li>
 * <li>{@code ssh_ciphers} / {@code ssh_key_exchange_algorithms} restrict and reorder the lists.</li>
 * </ul>
 */
final class SshTuning {

    /** Receive window for channels (downloads): 16 MiB so the sender never waits on loopback or LAN. */
    static final long WINDOW_SIZE = 16L << 20;
    /** Largest packet we accept: 64 KiB of payload (sshj's decoder allows up to 256 KiB). */
    static final int MAX_PACKET_SIZE = 64 << 10;
    /** Chunk size for reading local files and writing channel streams. */
    static final int CHUNK = 256 << 10;

    private static final List<String> CIPHER_PREFERENCE = List.of(
            "aes128-gcm@openssh.com", "aes256-gcm@openssh.com", "chacha20-poly1305@openssh.com",
            "aes128-ctr", "aes192-ctr", "aes256-ctr");

    private SshTuning() {
    }

    /** A fresh sshj configuration for one client. */
    static DefaultConfig config(SshConfig ssh) {
        DefaultConfig config = new DefaultConfig();
        config.setKeepAliveProvider(KeepAliveProvider.KEEP_ALIVE);
        List<String> cipherOrder = ssh.ciphers().isEmpty() ? CIPHER_PREFERENCE : ssh.ciphers();
        config.setCipherFactories(select(config.getCipherFactories(), cipherOrder, !ssh.ciphers().isEmpty()));
        if (!ssh.keyExchangeAlgorithms().isEmpty()) {
            config.setKeyExchangeFactories(select(config.getKeyExchangeFactories(), ssh.keyExchangeAlgorithms(), true));
        }
        return config;
    }

    /**
     * The factories named in {@code order}, in that order; unless {@code only}, followed by the remaining ones
     * in their original order.
     */
    static <T> List<Factory.Named<T>> select(List<Factory.Named<T>> available, List<String> order, boolean only) {
        List<Factory.Named<T>> result = new ArrayList<>();
        for (String name : order) {
            for (Factory.Named<T> f : available) {
                if (f.getName().equals(name)) {
                    result.add(f);
                }
            }
        }
        if (only) {
            if (result.isEmpty()) {
                throw new IllegalArgumentException("none of " + order + " is supported; supported: "
                        + available.stream().map(Factory.Named::getName).toList());
            }
            return result;
        }
        for (Factory.Named<T> f : available) {
            if (!result.contains(f)) {
                result.add(f);
            }
        }
        return result;
    }
}
