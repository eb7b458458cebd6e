package io.jenkins.plugins.packer.engine.net;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Picks a free TCP port in an inclusive range as Packer's {@code net.ListenRangeConfig} does: ports are tried
 * in random order, each by binding it on the given address; the first that binds is returned (after closing the
 * probe socket) so another process can take it. Callers that hand the port to a child process must cope with a
 * race by trying again.
 */
public final class PortRange {

    private final int min;
    private final int max;

    public PortRange(int min, int max) {
        if (min < 0 || max > 65535 || min > max) {
            throw new IllegalArgumentException("invalid port range " + min + "-" + max);
        }
        this.min = min;
        this.max = max;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    /** Ports of the range in the order they would be tried. */
    public List<Integer> shuffled(Random random) {
        List<Integer> ports = new ArrayList<>(max - min + 1);
        for (int p = min; p <= max; p++) {
            ports.add(p);
        }
        Collections.shuffle(ports, random);
        return ports;
    }

    /**
     * A port of the range that can be bound on {@code address} right now, skipping {@code avoid}.
     *
     * @throws IOException "no free port in range MIN-MAX on ADDRESS" when none binds
     */
    public int pickFree(String address, Random random, java.util.Set<Integer> avoid) throws IOException {
        InetAddress addr = InetAddress.getByName(address == null || address.isEmpty() ? "0.0.0.0" : address);
        for (int port : shuffled(random)) {
            if (avoid.contains(port)) {
                continue;
            }
            if (canBind(addr, port)) {
                return port;
            }
        }
        throw new IOException("no free port in range " + min + "-" + max + " on " + addr.getHostAddress());
    }

    /** Whether a listening socket can bind {@code port} on {@code address} now (TIME_WAIT leftovers do not count). */
    public static boolean canBind(InetAddress address, int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true); // as Go's net.Listen: connections in TIME_WAIT do not make a port busy
            s.bind(new InetSocketAddress(address, port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
