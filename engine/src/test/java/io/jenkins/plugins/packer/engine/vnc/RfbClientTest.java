package io.jenkins.plugins.packer.engine.vnc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The RFB client against a scripted server speaking the protocol byte by byte. */
class RfbClientTest {

    /** Server side of one session: what it sends and records what the client sent. */
    interface Script {
        void run(DataInputStream in, DataOutputStream out) throws IOException;
    }

    private static CompletableFuture<Void> serve(ServerSocket ss, Script script) {
        return CompletableFuture.runAsync(() -> {
            try (Socket s = ss.accept()) {
                script.run(new DataInputStream(s.getInputStream()), new DataOutputStream(s.getOutputStream()));
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
    }

    private static void serverInit(DataOutputStream out, String name) throws IOException {
        out.writeShort(640);
        out.writeShort(480);
        out.write(new byte[16]);
        out.writeInt(name.length());
        out.write(name.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Test
    void version38WithoutAuthenticationThenKeyEvents() throws Exception {
        ByteArrayOutputStream keys = new ByteArrayOutputStream();
        try (ServerSocket ss = new ServerSocket(0)) {
            CompletableFuture<Void> server = serve(ss, (in, out) -> {
                out.write("RFB 003.008\n".getBytes(StandardCharsets.US_ASCII));
                byte[] v = new byte[12];
                in.readFully(v);
                assertThat(new String(v, StandardCharsets.US_ASCII)).isEqualTo("RFB 003.008\n");
                out.write(new byte[] {2, 2, 1}); // offers VNC auth and None
                assertThat(in.readUnsignedByte()).isEqualTo(1); // no password: None
                out.writeInt(0); // SecurityResult OK (3.8 sends it for None too)
                assertThat(in.readUnsignedByte()).isEqualTo(1); // shared
                serverInit(out, "tiny");
                byte[] ev = new byte[16];
                in.readFully(ev);
                keys.write(ev);
            });
            try (RfbClient c = RfbClient.connect("127.0.0.1", ss.getLocalPort(), null, 5000)) {
                assertThat(c.desktopName()).isEqualTo("tiny");
                c.keyEvent(0xFF0D, true);
                c.keyEvent(0xFF0D, false);
                server.get(5, TimeUnit.SECONDS);
            }
        }
        assertThat(keys.toByteArray()).containsExactly(4, 1, 0, 0, 0, 0, (byte) 0xFF, 0x0D, 4, 0, 0, 0, 0, 0,
                (byte) 0xFF, 0x0D);
    }

    @Test
    void version33ServerChoosesTheSecurityType() throws Exception {
        try (ServerSocket ss = new ServerSocket(0)) {
            CompletableFuture<Void> server = serve(ss, (in, out) -> {
                out.write("RFB 003.003\n".getBytes(StandardCharsets.US_ASCII));
                byte[] v = new byte[12];
                in.readFully(v);
                assertThat(new String(v, StandardCharsets.US_ASCII)).isEqualTo("RFB 003.003\n");
                out.writeInt(1);
                in.readUnsignedByte();
                serverInit(out, "old");
            });
            try (RfbClient c = RfbClient.connect("127.0.0.1", ss.getLocalPort(), null, 5000)) {
                assertThat(c.desktopName()).isEqualTo("old");
            }
            server.get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void vncAuthenticationAnswersTheChallengeAndReportsRefusal() throws Exception {
        byte[] challenge = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
        byte[] expected = RfbClient.desResponse("secret", challenge);
        try (ServerSocket ss = new ServerSocket(0)) {
            CompletableFuture<Void> server = serve(ss, (in, out) -> {
                out.write("RFB 003.008\n".getBytes(StandardCharsets.US_ASCII));
                in.readFully(new byte[12]);
                out.write(new byte[] {1, 2});
                assertThat(in.readUnsignedByte()).isEqualTo(2);
                out.write(challenge);
                byte[] answer = new byte[16];
                in.readFully(answer);
                assertThat(answer).isEqualTo(expected);
                out.writeInt(1);
                String reason = "Authentication failed";
                out.writeInt(reason.length());
                out.write(reason.getBytes(StandardCharsets.US_ASCII));
                out.flush();
            });
            assertThatThrownBy(() -> RfbClient.connect("127.0.0.1", ss.getLocalPort(), "secret", 5000))
                    .isInstanceOf(IOException.class).hasMessage("VNC authentication failed: Authentication failed");
            server.get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void desResponseFollowsTheVncKeyBitOrder() throws Exception {
        // RFC 6143: each password byte is bit-reversed to form the DES key; the response differs per password
        byte[] challenge = new byte[16];
        assertThat(RfbClient.desResponse("a", challenge)).hasSize(16)
                .isNotEqualTo(RfbClient.desResponse("b", challenge));
        // only the first 8 characters count
        assertThat(RfbClient.desResponse("12345678", challenge)).isEqualTo(RfbClient.desResponse("123456789", challenge));
    }

    @Test
    void refusedConnectionAndNonRfbServers() throws Exception {
        try (ServerSocket ss = new ServerSocket(0)) {
            CompletableFuture<Void> server = serve(ss, (in, out) -> {
                out.write("RFB 003.008\n".getBytes(StandardCharsets.US_ASCII));
                in.readFully(new byte[12]);
                out.write(0);
                out.writeInt(9);
                out.write("too many!".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            });
            assertThatThrownBy(() -> RfbClient.connect("127.0.0.1", ss.getLocalPort(), null, 5000))
                    .hasMessage("VNC server refused the connection: too many!");
            server.get(5, TimeUnit.SECONDS);
        }
        try (ServerSocket ss = new ServerSocket(0)) {
            CompletableFuture<Void> server = serve(ss, (in, out) -> {
                out.write("SSH-2.0-x\r\n\0".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            });
            assertThatThrownBy(() -> RfbClient.connect("127.0.0.1", ss.getLocalPort(), null, 5000))
                    .hasMessageStartingWith("not an RFB server");
            server.get(5, TimeUnit.SECONDS);
        }
    }
}
