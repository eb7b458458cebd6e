package io.jenkins.plugins.packer.engine.vnc;

import io.jenkins.plugins.packer.engine.bootcommand.KeyEventSink;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * A minimal RFB (VNC) client that only sends key events, enough to type a boot command: protocol 3.3, 3.7 or
 * 3.8 handshake, security "None" or "VNC Authentication" (DES challenge), a shared session, then
 * {@code KeyEvent} messages. It never asks for screen updates; whatever the server sends is read and dropped on
 * a daemon thread so the server never blocks on us.
 */
public final class RfbClient implements KeyEventSink, AutoCloseable {

    private static final int SECURITY_NONE = 1;
    private static final int SECURITY_VNC_AUTH = 2;

    private final Socket socket;
    private final DataOutputStream out;
    private final String desktopName;

    private RfbClient(Socket socket, DataOutputStream out, String desktopName) {
        this.socket = socket;
        this.out = out;
        this.desktopName = desktopName;
    }

    /**
     * Connects and completes the handshake.
     *
     * @param password the VNC password, or null/empty for servers without authentication
     * @throws IOException on connection failure, an unsupported server, or refused authentication
     */
    public static RfbClient connect(String host, int port, String password, int timeoutMillis) throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            socket.setTcpNoDelay(true);
            DataInputStream in = new DataInputStream(socket.getInputStream());
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            String name = handshake(in, out, password);
            socket.setSoTimeout(0);
            startDrain(socket.getInputStream());
            return new RfbClient(socket, out, name);
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    private static String handshake(DataInputStream in, DataOutputStream out, String password) throws IOException {
        byte[] version = new byte[12];
        in.readFully(version);
        String v = new String(version, StandardCharsets.US_ASCII);
        if (!v.startsWith("RFB ") || v.charAt(11) != '\n') {
            throw new IOException("not an RFB server (greeting " + v.strip() + ")");
        }
        int major = Integer.parseInt(v.substring(4, 7));
        int minor = Integer.parseInt(v.substring(8, 11));
        if (major < 3) {
            throw new IOException("unsupported RFB version " + v.strip());
        }
        int useMinor = major > 3 || minor >= 8 ? 8 : minor >= 7 ? 7 : 3;
        out.write(String.format("RFB 003.%03d\n", useMinor).getBytes(StandardCharsets.US_ASCII));
        out.flush();
        int security;
        if (useMinor == 3) {
            security = in.readInt();
            if (security == 0) {
                throw new IOException("VNC server refused the connection: " + readString(in));
            }
        } else {
            int n = in.readUnsignedByte();
            if (n == 0) {
                throw new IOException("VNC server refused the connection: " + readString(in));
            }
            byte[] types = new byte[n];
            in.readFully(types);
            boolean wantAuth = password != null && !password.isEmpty();
            security = choose(types, wantAuth);
            out.writeByte(security);
            out.flush();
        }
        if (security == SECURITY_VNC_AUTH) {
            byte[] challenge = new byte[16];
            in.readFully(challenge);
            out.write(desResponse(password == null ? "" : password, challenge));
            out.flush();
        } else if (security != SECURITY_NONE) {
            throw new IOException("unsupported VNC security type " + security);
        }
        if (security == SECURITY_VNC_AUTH || useMinor == 8) {
            int result = in.readInt();
            if (result != 0) {
                String reason = useMinor == 8 ? readString(in) : "authentication failed";
                throw new IOException("VNC authentication failed: " + reason);
            }
        }
        out.writeByte(1); // ClientInit: shared session, as Packer (Exclusive: false)
        out.flush();
        in.readUnsignedShort(); // width
        in.readUnsignedShort(); // height
        in.readFully(new byte[16]); // pixel format
        return readString(in);
    }

    private static int choose(byte[] types, boolean wantAuth) throws IOException {
        boolean none = false;
        boolean auth = false;
        for (byte t : types) {
            none |= t == SECURITY_NONE;
            auth |= t == SECURITY_VNC_AUTH;
        }
        if (wantAuth && auth) {
            return SECURITY_VNC_AUTH;
        }
        if (none) {
            return SECURITY_NONE;
        }
        if (auth) {
            return SECURITY_VNC_AUTH;
        }
        throw new IOException("no supported VNC security type offered");
    }

    private static String readString(DataInputStream in) throws IOException {
        long len = in.readInt() & 0xFFFFFFFFL;
        if (len > 1 << 16) {
            throw new IOException("VNC string too long (" + len + " bytes)");
        }
        byte[] b = new byte[(int) len];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    /** The VNC Authentication response: the challenge DES-encrypted with the bit-reversed password bytes. */
    static byte[] desResponse(String password, byte[] challenge) throws IOException {
        byte[] key = new byte[8];
        byte[] pw = password.getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < 8 && i < pw.length; i++) {
            key[i] = (byte) (Integer.reverse(pw[i] & 0xFF) >>> 24);
        }
        try {
            Cipher des = Cipher.getInstance("DES/ECB/NoPadding");
            des.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "DES"));
            return des.doFinal(challenge);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot compute the VNC authentication response: " + e.getMessage(), e);
        }
    }

    private static void startDrain(InputStream in) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            try {
                while (in.read(buf) >= 0) {
                    // server messages (bell, clipboard) are not needed to type
                }
            } catch (IOException e) {
                // closed
            }
        }, "vnc-drain");
        t.setDaemon(true);
        t.start();
    }

    /** The desktop name the server announced (QEMU: {@code QEMU (NAME)} with the {@code -name} value). */
    public String desktopName() {
        return desktopName;
    }

    @Override
    public synchronized void keyEvent(int keysym, boolean down) throws IOException {
        out.writeByte(4);
        out.writeByte(down ? 1 : 0);
        out.writeShort(0);
        out.writeInt(keysym);
        out.flush();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // nothing to do
        }
    }
}
