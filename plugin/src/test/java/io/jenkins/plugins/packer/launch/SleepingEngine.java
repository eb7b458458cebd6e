package io.jenkins.plugins.packer.launch;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Test stand-in for the engine process: on SIGTERM its shutdown hook writes {@code args[0]} ("cleanup ran") after
 * sleeping {@code args[1]} milliseconds; {@code args[2]} = "child" starts a {@code sleep} child process first.
 */
public final class SleepingEngine {

    private SleepingEngine() {
    }

    public static void main(String[] args) throws Exception {
        Path marker = Path.of(args[0]);
        long cleanupMillis = Long.parseLong(args[1]);
        if (args.length > 2 && args[2].equals("child")) {
            new ProcessBuilder("sleep", "600").start();
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Thread.sleep(cleanupMillis);
                Files.writeString(marker, "cleanup ran");
            } catch (Exception e) {
                // test helper: nothing to report
            }
        }));
        System.out.println("started");
        System.out.flush();
        Thread.sleep(600_000);
    }
}
