package io.jenkins.plugins.packer.engine.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.secret.SecretMasker;
import io.jenkins.plugins.packer.engine.testing.RecordingUi;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineOutputStreamTest {

    @Test
    void chunksBecomeLinesWithCrLfAndUtf8SplitAcrossWrites() {
        List<String> lines = new ArrayList<>();
        LineOutputStream out = new LineOutputStream(lines::add);
        byte[] bytes = "héllo\r\nwor".getBytes(StandardCharsets.UTF_8);
        out.write(bytes, 0, 2); // splits the two bytes of é
        out.write(bytes, 2, bytes.length - 2);
        out.write("ld\n\nlast".getBytes(StandardCharsets.UTF_8), 0, 8);
        out.close();
        assertThat(lines).containsExactly("héllo", "world", "", "last");
    }

    @Test
    void aSecretSplitAcrossChunksIsMaskedBecauseTheUiSeesWholeLines() {
        RecordingUi recorded = new RecordingUi();
        Ui ui = new MaskingUi(SecretMasker.of(List.of("s3cr3tvalue")), recorded);
        LineOutputStream out = new LineOutputStream(ui::message);
        for (String chunk : List.of("provisioning b demo s3c", "r3t", "value\nsecond ", "line\n")) {
            byte[] b = chunk.getBytes(StandardCharsets.UTF_8);
            out.write(b, 0, b.length);
        }
        out.close();
        assertThat(recorded.lines()).containsExactly(
                "message: provisioning b demo <sensitive>", "message: second line");
    }
}
