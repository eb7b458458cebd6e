package io.jenkins.plugins.packer.engine.communicator.ssh;

import java.util.Objects;

/**
 * One {@code ssh_local_tunnels} / {@code ssh_remote_tunnels} entry, Packer's {@code "port:host:hostport"}
 * (optionally {@code "bindaddr:port:host:hostport"}), as OpenSSH's {@code -L} and {@code -R}.
 * For a local tunnel the listening side is this machine and {@code host:hostPort} is reached from the remote
 * machine; for a remote tunnel the remote machine listens and {@code host:hostPort} is reached from here.
 */
public record TunnelSpec(String bindAddress, int listenPort, String host, int hostPort) {

    public TunnelSpec {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(host, "host");
    }

    /**
     * Parses Packer's tunnel argument.
     *
     * @throws IllegalArgumentException with Packer-like wording ("... is invalid: ...") on bad input
     */
    public static TunnelSpec parse(String spec) {
        String[] parts = spec.split(":", -1);
        if (parts.length != 3 && parts.length != 4) {
            throw new IllegalArgumentException("tunnel '" + spec + "' is invalid: expected port:host:hostport or"
                    + " bindaddr:port:host:hostport");
        }
        int i = parts.length - 3;
        String bind = i == 1 ? parts[0] : "127.0.0.1";
        return new TunnelSpec(bind, port(spec, parts[i]), parts[i + 1], port(spec, parts[i + 2]));
    }

    private static int port(String spec, String s) {
        try {
            int p = Integer.parseInt(s);
            if (p < 0 || p > 65535) {
                throw new NumberFormatException();
            }
            return p;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("tunnel '" + spec + "' is invalid: bad port '" + s + "'", e);
        }
    }

    @Override
    public String toString() {
        return bindAddress + ":" + listenPort + ":" + host + ":" + hostPort;
    }
}
