package io.jenkins.plugins.packer.engine.communicator.ssh;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/** Writes the SSH wire encodings (RFC 4251 §5): uint32, string, mpint. */
final class SshWire {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    SshWire uint32(int v) {
        out.write(v >>> 24);
        out.write(v >>> 16);
        out.write(v >>> 8);
        out.write(v);
        return this;
    }

    SshWire string(byte[] b) {
        uint32(b.length);
        out.writeBytes(b);
        return this;
    }

    SshWire string(String s) {
        return string(s.getBytes(StandardCharsets.UTF_8));
    }

    /** A two's-complement big-endian integer with the minimal number of bytes (BigInteger's own encoding). */
    SshWire mpint(BigInteger v) {
        return v.signum() == 0 ? uint32(0) : string(v.toByteArray());
    }

    SshWire raw(byte[] b) {
        out.writeBytes(b);
        return this;
    }

    SshWire raw(int b) {
        out.write(b);
        return this;
    }

    int size() {
        return out.size();
    }

    byte[] bytes() {
        return out.toByteArray();
    }
}
