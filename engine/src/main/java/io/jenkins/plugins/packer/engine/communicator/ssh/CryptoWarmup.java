package io.jenkins.plugins.packer.engine.communicator.ssh;

import java.security.GeneralSecurityException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Gets the JIT to compile the JDK's AES-CTR and HMAC-SHA-256 code (and with it the AES-NI / SHA-NI
 * intrinsics) while the first connection is still being made, instead of during the first big transfer.
 * In a fresh JVM the first 200 MiB through AES-CTR + HMAC-SHA-256 otherwise cost about 0.9 s of CPU in
 * interpreted and C1 code; after 50,000 small rounds (~0.1 s, on a background thread overlapping the network
 * wait) the same 200 MiB take about 0.25 s (bench/README.md, "SSH upload"). Runs once per JVM; failures are
 * irrelevant and ignored.
 */
final class CryptoWarmup {

    private static final AtomicBoolean STARTED = new AtomicBoolean();
    private static final int ROUNDS = 50_000;

    private CryptoWarmup() {
    }

    /** Starts the warm-up on a daemon thread, the first time only. */
    static void start() {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(CryptoWarmup::run, "ssh-crypto-warmup");
        t.setDaemon(true);
        t.start();
    }

    private static void run() {
        try {
            Cipher ctr = Cipher.getInstance("AES/CTR/NoPadding");
            ctr.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(new byte[16], "AES"), new IvParameterSpec(new byte[16]));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(new byte[32], "HmacSHA256"));
            byte[] block = new byte[64];
            for (int i = 0; i < ROUNDS; i++) {
                ctr.update(block, 0, block.length, block, 0);
                mac.update(block, 0, block.length);
                mac.doFinal();
            }
        } catch (GeneralSecurityException | RuntimeException e) {
            // only an optimisation
        }
    }
}
