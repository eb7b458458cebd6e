package io.jenkins.plugins.packer.engine.communicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineOutputStreamTest {

    private final List<String> lines = new ArrayList<>();
    private final LineOutputStream out = new LineOutputStream(lines::add);

    @Test
    void splitsOnNewlinesAndDropsCarriageReturns() {
        out.write("a\r\nb\n\nc".getBytes(StandardCharsets.UTF_8), 0, 7);
        assertThat(lines).containsExactly("a", "b", "");
        out.close();
        assertThat(lines).containsExactly("a", "b", "", "c");
    }

    @Test
    void multiByteCharacterSplitAcrossWritesStaysIntact() {
        byte[] euro = "€\n".getBytes(StandardCharsets.UTF_8);
        out.write(euro, 0, 1);
        out.write(euro, 1, 1);
        out.write(euro, 2, 2);
        assertThat(lines).containsExactly("€");
    }

    @Test
    void singleByteWritesWork() {
        for (byte b : "x\ny".getBytes(StandardCharsets.UTF_8)) {
            out.write(b);
        }
        out.close();
        out.close();
        assertThat(lines).containsExactly("x", "y");
    }

    @Test
    void endlessLineIsDeliveredInBoundedPieces() {
        byte[] chunk = new byte[300_000];
        java.util.Arrays.fill(chunk, (byte) 'z');
        for (int i = 0; i < 8; i++) {
            out.write(chunk, 0, chunk.length);
        }
        assertThat(lines).hasSize(2).allSatisfy(l -> assertThat(l).hasSize(LineOutputStream.MAX_LINE));
        out.close();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(2)).hasSize(8 * 300_000 - 2 * LineOutputStream.MAX_LINE);
    }

    @Test
    void emptyCloseDeliversNothing() {
        out.close();
        assertThat(lines).isEmpty();
    }
}
