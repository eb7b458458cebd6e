package io.jenkins.plugins.packer.engine.communicator.ssh;

import java.io.IOException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A network namespace joined to this host by a veth pair, as shared/study/13-netns-sshd.sh: host side
 * 10.X.Y.1/30, namespace side 10.X.Y.2/30, no default route, so traffic never leaves the machine. Names and
 * addresses are random per instance so parallel test runs do not collide. {@link #close()} removes both.
 */
public final class NetNs implements AutoCloseable {

    private final String name;
    private final String hostIf;
    private final String subnet;

    private NetNs(String name, String hostIf, String subnet) {
        this.name = name;
        this.hostIf = hostIf;
        this.subnet = subnet;
    }

    /** Creates the namespace, or returns null with the reason in {@code why[0]} where namespaces cannot be made. */
    public static NetNs create(String[] why) throws InterruptedException {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String id = Integer.toHexString(r.nextInt(0x10000, 0x100000));
        String subnet = "10." + r.nextInt(200, 250) + "." + r.nextInt(0, 256) + ".";
        NetNs ns = new NetNs("jpk" + id, "jpkh" + id, subnet);
        String nsIf = "jpkn" + id;
        try {
            Tools.run("ip", "netns", "add", ns.name);
            Tools.run("ip", "link", "add", ns.hostIf, "type", "veth", "peer", "name", nsIf);
            Tools.run("ip", "link", "set", nsIf, "netns", ns.name);
            Tools.run("ip", "addr", "add", subnet + "1/30", "dev", ns.hostIf);
            Tools.run("ip", "link", "set", ns.hostIf, "up");
            Tools.run("ip", "-n", ns.name, "addr", "add", subnet + "2/30", "dev", nsIf);
            Tools.run("ip", "-n", ns.name, "link", "set", nsIf, "up");
            Tools.run("ip", "-n", ns.name, "link", "set", "lo", "up");
            return ns;
        } catch (IOException e) {
            why[0] = e.getMessage();
            ns.close();
            return null;
        }
    }

    public String name() {
        return name;
    }

    /** The address of the namespace's side of the veth pair. */
    public String innerAddress() {
        return subnet + "2";
    }

    /** The namespace's network namespace inode as ssh would see it ({@code readlink /proc/self/ns/net}). */
    public String inode() throws IOException, InterruptedException {
        return Tools.run("ip", "netns", "exec", name, "readlink", "/proc/self/ns/net").trim();
    }

    @Override
    public void close() throws InterruptedException {
        try {
            Tools.status("ip", "link", "del", hostIf);
            Tools.status("ip", "netns", "del", name);
        } catch (IOException e) {
            // best effort
        }
    }
}
