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
 * <li>Cipher order: AES-CTR with {@code hmac-sha2-256-etm@openssh.com} first. On a JVM that has just started,
 * the JDK's AES-CTR and SHA-256 run on CPU intrinsics at once, while AES-GCM's GHASH stays in slow Java code
 * until C2 has compiled its callers: measured in one fresh JVM, 200 MiB in 32 KiB packets took 1.1 s with
 * AES-CTR + HMAC-SHA-256 but 5.2 s with AES-GCM (0.2 s once warm). Uploads happen in short-lived engine
 * processes, so the cold figure counts. OpenSSH decrypts and checks both cheaply (AES-NI, SHA-NI).
 * AES-GCM follows; sshj's ChaCha20-Poly1305 needs BouncyCastle's Poly1305, which we leave out, so it is
 * offered only if a Poly1305 MAC is available.</li>
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
            "aes128-ctr", "aes192-ctr", "aes256-ctr", "aes128-gcm@openssh.com", "aes256-gcm@openssh.com",
            "chacha20-poly1305@openssh.com");

    private static final List<String> MAC_PREFERENCE = List.of(
            "hmac-sha2-256-etm@openssh.com", "hmac-sha2-512-etm@openssh.com", "hmac-sha2-256", "hmac-sha2-512",
            "hmac-sha1-etm@openssh.com", "hmac-sha1");

    private static final boolean POLY1305_AVAILABLE = hasMac("POLY1305");

    private SshTuning() {
    }

    /** A fresh sshj configuration for one client. */
    static DefaultConfig config(SshConfig ssh) {
        EcdsaKeyFactoryProvider.install();
        DefaultConfig config = new DefaultConfig();
        config.setKeepAliveProvider(KeepAliveProvider.KEEP_ALIVE);
        List<String> cipherOrder = ssh.ciphers().isEmpty() ? CIPHER_PREFERENCE : ssh.ciphers();
        List<Factory.Named<net.schmizz.sshj.transport.cipher.Cipher>> ciphers = new ArrayList<>(config.getCipherFactories());
        if (!POLY1305_AVAILABLE) {
            ciphers.removeIf(f -> f.getName().startsWith("chacha20-poly1305"));
        }
        config.setCipherFactories(select(ciphers, cipherOrder, !ssh.ciphers().isEmpty()));
        config.setMACFactories(select(config.getMACFactories(), MAC_PREFERENCE, false));
        if (!ssh.keyExchangeAlgorithms().isEmpty()) {
            config.setKeyExchangeFactories(select(config.getKeyExchangeFactories(), ssh.keyExchangeAlgorithms(), true));
        }
        return config;
    }

    private static boolean hasMac(String name) {
        try {
            javax.crypto.Mac.getInstance(name);
            return true;
        } catch (java.security.NoSuchAlgorithmException e) {
            return false;
        }
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
