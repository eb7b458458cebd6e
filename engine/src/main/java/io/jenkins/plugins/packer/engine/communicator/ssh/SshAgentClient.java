package io.jenkins.plugins.packer.engine.communicator.ssh;

import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal client of the SSH agent protocol (draft-miller-ssh-agent): list identities, sign data. sshj
 * 0.40.0 has none; the JDK's Unix domain sockets (16+) make it small. One connection per request.
 */
final class SshAgentClient {

    private static final int FAILURE = 5;
    private static final int REQUEST_IDENTITIES = 11;
    private static final int IDENTITIES_ANSWER = 12;
    private static final int SIGN_REQUEST = 13;
    private static final int SIGN_RESPONSE = 14;
    /** Flags asking for rsa-sha2-256 / rsa-sha2-512 signatures from an RSA key. */
    static final int RSA_SHA2_256 = 2;
    static final int RSA_SHA2_512 = 4;

    /** A key the agent holds: its public key blob (SSH wire format) and comment. */
    record Identity(byte[] blob, String comment) {
        /** The key type named in the blob, e.g. {@code ssh-ed25519}, {@code ssh-rsa}. */
        String type() {
            ByteBuffer b = ByteBuffer.wrap(blob);
            byte[] name = new byte[b.getInt()];
            b.get(name);
            return new String(name, StandardCharsets.US_ASCII);
        }
    }

    private final Path socket;

    SshAgentClient(Path socket) {
        this.socket = socket;
    }

    List<Identity> identities() throws IOException {
        ByteBuffer answer = call(new SshWire().raw(REQUEST_IDENTITIES).bytes());
        int type = answer.get() & 0xff;
        if (type != IDENTITIES_ANSWER) {
            throw new IOException("the SSH agent refused to list its keys (answer " + type + ")");
        }
        int n = answer.getInt();
        List<Identity> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            byte[] blob = string(answer);
            ids.add(new Identity(blob, new String(string(answer), StandardCharsets.UTF_8)));
        }
        return ids;
    }

    /** The agent's signature of {@code data}: {@code string algorithm, string signature} as SSH encodes it. */
    byte[] sign(byte[] blob, byte[] data, int flags) throws IOException {
        ByteBuffer answer = call(new SshWire().raw(SIGN_REQUEST).string(blob).string(data).uint32(flags).bytes());
        int type = answer.get() & 0xff;
        if (type == FAILURE) {
            throw new IOException("the SSH agent refused to sign (is the key confirmed/locked?)");
        }
        if (type != SIGN_RESPONSE) {
            throw new IOException("unexpected answer " + type + " from the SSH agent");
        }
        return string(answer);
    }

    private ByteBuffer call(byte[] request) throws IOException {
        try (SocketChannel ch = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            ByteBuffer out = ByteBuffer.wrap(new SshWire().string(request).bytes());
            while (out.hasRemaining()) {
                ch.write(out);
            }
            ByteBuffer len = ByteBuffer.allocate(4);
            readFully(ch, len);
            int n = len.flip().getInt();
            if (n <= 0 || n > 256 * 1024) {
                throw new IOException("bad message length " + n + " from the SSH agent");
            }
            ByteBuffer body = ByteBuffer.allocate(n);
            readFully(ch, body);
            return body.flip();
        }
    }

    private static void readFully(SocketChannel ch, ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            if (ch.read(b) < 0) {
                throw new IOException("the SSH agent closed the connection");
            }
        }
    }

    private static byte[] string(ByteBuffer b) {
        byte[] s = new byte[b.getInt()];
        b.get(s);
        return s;
    }
}
